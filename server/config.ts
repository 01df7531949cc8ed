import "server-only";
/** Who publishes the fact-checks, for ClaimReview's author and links back to items. */
export function publisher() {
  const url = (process.env.ATTEST_PUBLIC_URL ?? "http://localhost:3000").replace(/\/+$/, "");
  return { name: process.env.ATTEST_ORG_NAME ?? "Attest newsroom", url };
}

export function itemUrl(documentId: string, itemId: string): string {
  return `${publisher().url}/documents/${documentId}#item-${itemId}`;
}
