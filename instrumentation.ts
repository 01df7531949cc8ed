/** Next.js calls this once as the server starts; the work lives in server/boot.ts (Node.js only). */
export async function register() {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  const [{ boot }, { seedIfEmpty }] = await Promise.all([import("./server/boot.ts"), import("./seeds/seed.ts")]);
  await boot((db) => seedIfEmpty(db, (line) => console.log(`attest: seeded ${line}`)));
}
