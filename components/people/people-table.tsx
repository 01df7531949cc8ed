import Link from "next/link";
import type { PersonListEntry } from "@/lib/views/person-list-entry.ts";
import { ExportMenu } from "../export/export-menu.tsx";
import { Badge } from "../ui/badge.tsx";
import { ProgressBar } from "../ui/progress-bar.tsx";

/** Everyone quoted in the imported articles, with how many of their quotes are verified. */
export function PeopleTable({ people }: { people: PersonListEntry[] }) {
  return (
    <div className="overflow-x-auto rounded-lg border border-stone-200 bg-white shadow-sm">
      <table className="w-full text-left text-sm">
        <thead className="border-b border-stone-200 bg-stone-50 text-xs uppercase tracking-wide text-stone-500">
          <tr>
            <th scope="col" className="px-4 py-2 font-medium">Speaker</th>
            <th scope="col" className="hidden px-3 py-2 font-medium sm:table-cell">Kind</th>
            <th scope="col" className="px-3 py-2 text-right font-medium">Quotes</th>
            <th scope="col" className="px-3 py-2 text-right font-medium">Verified</th>
            <th scope="col" className="hidden w-48 px-4 py-2 font-medium md:table-cell">
              <span className="sr-only">Share verified</span>
            </th>
            <th scope="col" className="px-4 py-2 font-medium">
              <span className="sr-only">Export</span>
            </th>
          </tr>
        </thead>
        <tbody className="divide-y divide-stone-100">
          {people.map((p) => (
            <tr key={p.id} className="align-middle" data-testid="person-row">
              <td className="px-4 py-3">
                <Link href={`/people/${p.id}`} className="font-medium wrap-anywhere text-stone-900 hover:underline">
                  {p.name}
                </Link>
                {p.aliases.length > 0 && <p className="mt-0.5 text-xs wrap-anywhere text-stone-500">Also: {p.aliases.join(", ")}</p>}
              </td>
              <td className="hidden px-3 py-3 sm:table-cell">
                <Badge>{p.kind === "org" ? "Organisation" : "Person"}</Badge>
              </td>
              <td className="px-3 py-3 text-right tabular-nums">{p.quotes}</td>
              <td className={`px-3 py-3 text-right tabular-nums ${p.verified ? "text-stone-900" : "text-stone-400"}`}>{p.verified}</td>
              <td className="hidden px-4 py-3 md:table-cell">
                {p.quotes > 0 && <ProgressBar value={p.verified} max={p.quotes} label={`${p.verified} of ${p.quotes} quotes by ${p.name} verified`} />}
              </td>
              <td className="px-4 py-3 text-right">{p.verified > 0 && <ExportMenu scope={{ speaker: p.id }} quotes={{ verified: p.verified }} context={`quotes by ${p.name}`} />}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
