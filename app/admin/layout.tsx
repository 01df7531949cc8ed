import type { ReactNode } from "react";
import { AdminNav } from "@/components/admin/admin-nav.tsx";
import { currentActor } from "@/server/current-actor.ts";

// Only the look: each page checks the role itself (app/admin/_lib/admin-actor.ts).
export default async function AdminLayout({ children }: { children: ReactNode }) {
  const actor = await currentActor();
  return (
    <div className="space-y-5">
      <div>
        <h1 className="font-serif text-3xl font-bold tracking-tight">Administration</h1>
        {actor?.role === "admin" && <AdminNav />}
      </div>
      {children}
    </div>
  );
}
