import { ShownOnce } from "../ui/shown-once.tsx";

export function TemporaryPassword({ email, password }: { email: string; password: string }) {
  return (
    <ShownOnce label={`Temporary password for ${email}`} secret={password}>
      Pass it on in person or by phone. They must choose their own password when they sign in with it; it cannot be shown again.
    </ShownOnce>
  );
}
