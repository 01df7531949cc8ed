/** `npm run seed`: demo accounts and the seed article, on PostgreSQL or the embedded database. */
import { openDatabase } from "@/db/client.ts";
import { seedDemo } from "@/seeds/seed.ts";

const database = await openDatabase(process.env.DATABASE_URL ? { url: process.env.DATABASE_URL } : {}).catch((e: Error) => {
  console.error(`attest: ${e.message}`);
  process.exit(2);
});
await seedDemo(database.db, (line) => console.log(`seeded ${line}`));
await database.close();
