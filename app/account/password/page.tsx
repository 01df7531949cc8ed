import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { ChangePasswordForm } from "@/components/account/change-password-form.tsx";
import { CHANGE_PASSWORD_PATH, currentSession } from "@/server/current-actor.ts";

export const metadata: Metadata = { title: "Change password" };

export default async function ChangePasswordPage() {
  const session = await currentSession();
  if (!session) redirect(`/sign-in?callbackUrl=${encodeURIComponent(CHANGE_PASSWORD_PATH)}`);
  return (
    <div className="mx-auto mt-8 max-w-sm rounded-lg border border-stone-200 bg-white p-6 shadow-sm">
      <h1 className="mb-1 font-serif text-2xl font-bold">Change your password</h1>
      <p className="mb-6 text-sm text-stone-600">
        {session.mustChangePassword
          ? "Your account was given a temporary password. Choose your own to go on."
          : "Your other browsers and devices will be signed out; this one stays signed in."}
      </p>
      <ChangePasswordForm email={session.email} />
    </div>
  );
}
