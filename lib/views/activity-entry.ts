/** An event of the audit log as the service hands it out: ids as stored, the actor resolved. */
export interface AuditEntry {
  id: number;
  action: string;
  targetType: string;
  targetId: string;
  before: unknown;
  after: unknown;
  at: string;
  actor: { id: string; name: string; email: string } | null;
}

/** What an event was about, looked up now: the log keeps ids, the page shows titles and text. */
export type ActivityTarget =
  | { type: "item"; id: string; itemType: "quote" | "claim"; text: string; removed: boolean; document: { id: string; title: string } }
  | { type: "document"; id: string; title: string }
  | { type: "person"; id: string; name: string }
  | { type: "user"; id: string; name: string }
  /** An API token, or something deleted since (a speaker merged away). */
  | { type: "other"; id: string; targetType: string };

export interface ActivityEntry extends AuditEntry {
  target: ActivityTarget;
}
