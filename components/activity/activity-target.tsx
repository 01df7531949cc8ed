import Link from "next/link";
import { truncate } from "@/lib/format/truncate.ts";
import type { ActivityTarget } from "@/lib/views/activity-entry.ts";
import { itemHash } from "@/lib/items/item-hash.ts";

const LINK = "text-stone-800 underline decoration-stone-300 underline-offset-2 hover:decoration-stone-700";

/** What an event changed, linked to where it can be seen: an item opens at its place in the article. */
export function ActivityTargetLink({ target }: { target: ActivityTarget }) {
  switch (target.type) {
    case "item": {
      const label = `${target.itemType === "claim" ? "Claim" : "Quote"} “${truncate(target.text, 56)}”`;
      return (
        <>
          {target.removed ? (
            <span className="text-stone-500">
              {label} <span className="text-xs">(removed)</span>
            </span>
          ) : (
            <Link href={`/documents/${target.document.id}${itemHash(target.id)}`} className={LINK}>
              {label}
            </Link>
          )}{" "}
          <span className="text-stone-500">in</span>{" "}
          <Link href={`/documents/${target.document.id}`} className={LINK}>
            {truncate(target.document.title, 44)}
          </Link>
        </>
      );
    }
    case "document":
      return (
        <Link href={`/documents/${target.id}`} className={LINK}>
          {truncate(target.title, 90)}
        </Link>
      );
    case "person":
      return (
        <>
          <span className="text-stone-500">Speaker</span>{" "}
          <Link href="/people" className={LINK}>
            {target.name}
          </Link>
        </>
      );
    case "user":
      return (
        <>
          <span className="text-stone-500">Account</span> {target.name}
        </>
      );
    default:
      return <span className="text-stone-500">{`A ${target.targetType.replace("_", " ")} that no longer exists`}</span>;
  }
}
