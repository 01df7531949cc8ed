import Link from "next/link";
import { roleAtLeast } from "@/lib/roles.ts";
import { currentSession } from "@/server/current-actor.ts";
import { signOutAction } from "@/app/sign-in/actions.ts";
import { SearchBox } from "./search/search-box.tsx";

/** The bar on every page: where you are, who you are, and the way out. */
export async function SiteHeader() {
  const session = await currentSession().catch(() => null);
  // Someone with a temporary password sees only the way to replace it, and the way out.
  const actor = session && !session.mustChangePassword ? session : null;
  return (
    <header className="border-b border-stone-200 bg-white">
      <div className="mx-auto flex max-w-6xl flex-wrap items-center gap-x-6 gap-y-2 px-4 py-3">
        <Link href="/" className="font-serif text-xl font-bold tracking-tight">
          Attest
        </Link>
        {actor && (
          <nav className="flex flex-wrap gap-x-4 gap-y-1 text-sm" aria-label="Main">
            <Link href="/" className="hover:underline">
              Documents
            </Link>
            <Link href="/people" className="hover:underline">
              Speakers
            </Link>
            {roleAtLeast(actor.role, "editor") && (
              <>
                <Link href="/activity" className="hover:underline">
                  Activity
                </Link>
                <Link href="/import" className="hover:underline">
                  Import
                </Link>
              </>
            )}
            {actor.role === "admin" && (
              <Link href="/admin/users" className="hover:underline">
                Admin
              </Link>
            )}
          </nav>
        )}
        {actor && (
          <div className="order-last w-full sm:order-none sm:w-auto">
            <SearchBox />
          </div>
        )}
        <div className="ml-auto flex items-center gap-3 text-sm">
          {session ? (
            <>
              <span>
                {/* With a temporary password, the password page is the only one open. */}
                <Link href={actor ? "/account" : "/account/password"} className="font-medium hover:underline" title="Your account and API tokens">
                  {session.name}
                </Link>{" "}
                <span className="rounded bg-stone-100 px-1.5 py-0.5 text-xs uppercase tracking-wide text-stone-600" data-testid="role">
                  {session.role}
                </span>
              </span>
              <form action={signOutAction}>
                <button type="submit" className="rounded border border-stone-300 px-2 py-1 hover:bg-stone-100">
                  Sign out
                </button>
              </form>
            </>
          ) : null}
        </div>
      </div>
    </header>
  );
}
