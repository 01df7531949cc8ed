/** Opens (and on a first start, migrates and seeds) the database as the server boots, not on the first click. */
export async function register() {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  const { getDatabase } = await import("./server/runtime.ts");
  try {
    const { driver } = await getDatabase();
    console.log(`attest: database ready (${driver})`);
  } catch (e) {
    console.error(`attest: ${(e as Error).message}`);
    process.exit(1);
  }
}
