/** A row of the speakers list. */
export interface PersonListEntry {
  id: string;
  name: string;
  kind: "person" | "org";
  aliases: string[];
  quotes: number;
  verified: number;
}
