import Link from "next/link";
import { Notice } from "../ui/notice.tsx";

export function AdminRefused() {
  return (
    <Notice tone="warning" action={<Link href="/" className="font-medium underline">All documents</Link>}>
      <p data-testid="admin-refused">
        Only administrators manage accounts and everyone&apos;s API tokens. Your own tokens and password are on{" "}
        <Link href="/account" className="underline">your account page</Link>.
      </p>
    </Notice>
  );
}
