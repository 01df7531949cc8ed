import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { SignInForm } from "@/components/sign-in-form.tsx";
import { CHANGE_PASSWORD_PATH, currentSession } from "@/server/current-actor.ts";

export const metadata: Metadata = { title: "Sign in" };

export default async function SignInPage({ searchParams }: { searchParams: Promise<{ callbackUrl?: string }> }) {
  const { callbackUrl } = await searchParams;
  let next = "/";
  try {
    // Auth.js passes the page the visitor wanted as an absolute URL; keep only its path.
    if (callbackUrl) next = new URL(callbackUrl, "http://localhost").pathname;
  } catch {
    next = "/";
  }
  // A live session goes on; a cookie whose session has ended stays here to sign in again.
  const session = await currentSession();
  if (session) redirect(session.mustChangePassword ? CHANGE_PASSWORD_PATH : next);
  return (
    <div className="mx-auto mt-12 max-w-sm rounded-lg border border-stone-200 bg-white p-6 shadow-sm">
      <h1 className="mb-1 font-serif text-2xl font-bold">Sign in to Attest</h1>
      <p className="mb-6 text-sm text-stone-600">Use the account your newsroom gave you.</p>
      <SignInForm next={next} />
    </div>
  );
}
