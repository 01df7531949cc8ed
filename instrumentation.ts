/** Next.js calls this once as the server starts; the work lives in server/boot.ts (Node.js only). */
export async function register() {
  if (process.env.NEXT_RUNTIME === "nodejs") await (await import("./server/boot.ts")).boot();
}
