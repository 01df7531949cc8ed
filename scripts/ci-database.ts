/**
 * `tsx scripts/ci-database.ts create|drop NAME`: a database of its own for each CI run on the
 * local PostgreSQL server, so runs never collide. Uses postgres.js: no psql needed.
 */
import postgres from "postgres";

const [verb, name] = process.argv.slice(2);
const admin = process.env.PG_ADMIN_URL ?? "postgres://postgres@127.0.0.1:5432/test";
if (!/^(create|drop)$/.test(verb ?? "") || !/^[a-z_][a-z0-9_]*$/.test(name ?? "")) {
  console.error("usage: tsx scripts/ci-database.ts create|drop NAME");
  process.exit(2);
}
const sql = postgres(admin, { max: 1, onnotice: () => {} });
try {
  if (verb === "create") await sql.unsafe(`create database ${name}`);
  else await sql.unsafe(`drop database if exists ${name} with (force)`);
} finally {
  await sql.end({ timeout: 5 });
}
