import { redirect } from "next/navigation";
import { currentActor } from "../server/current-actor.ts";

export default async function Home() {
  const actor = await currentActor();
  if (!actor) redirect("/sign-in");
  return <h1 className="font-serif text-2xl font-bold">Documents</h1>;
}
