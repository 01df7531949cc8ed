import "server-only";
import { linkBase } from "@/lib/export/link-base.ts";

/** Who publishes the fact-checks, for ClaimReview's author; `url` is the exports' link base. */
export function publisher(base: string) {
  return { name: process.env.ATTEST_ORG_NAME ?? "Attest newsroom", url: base };
}

/** The base of every link in an export answering this request (lib/export/link-base.ts). */
export function exportLinkBase(request: { url: string; headers: Headers }): string {
  return linkBase(process.env.ATTEST_PUBLIC_URL, request);
}
