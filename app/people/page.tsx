import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { PeopleTable } from "../../components/people/people-table.tsx";
import { currentActor } from "../../server/current-actor.ts";
import { listPeople } from "../../server/people/list-people.ts";
import { getDb } from "../../server/runtime.ts";

export const metadata: Metadata = { title: "Speakers" };

export default async function PeoplePage() {
  const actor = await currentActor();
  if (!actor) redirect("/sign-in?callbackUrl=%2Fpeople");
  const people = await listPeople(await getDb(), actor);

  return (
    <div className="space-y-5">
      <div>
        <h1 className="font-serif text-3xl font-bold tracking-tight">Speakers</h1>
        <p className="mt-1 text-sm text-stone-600">People and organisations quoted in the imported articles, with how many of their quotes are verified.</p>
      </div>
      {people.length ? (
        <PeopleTable people={people} />
      ) : (
        <div className="rounded-lg border border-dashed border-stone-300 bg-white px-6 py-12 text-center text-sm text-stone-600">
          No one has been quoted yet. Speakers appear here as articles are imported.
        </div>
      )}
    </div>
  );
}
