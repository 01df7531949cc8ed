/** `npm run db:migrate`: applies the committed migrations (the app also does this on start). */
import { openDatabase } from "@/db/client.ts";

const database = await openDatabase(process.env.DATABASE_URL ? { url: process.env.DATABASE_URL } : {}).catch((e: Error) => {
  console.error(`attest: ${e.message}`);
  process.exit(2);
});
console.log(`migrated (${database.driver})`);
await database.close();
