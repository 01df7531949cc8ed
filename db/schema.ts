import { sql } from "drizzle-orm";
import {
  bigserial,
  boolean,
  check,
  date,
  index,
  integer,
  jsonb,
  pgTable,
  primaryKey,
  real,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from "drizzle-orm/pg-core";
import { ROLES } from "@/lib/roles.ts";
import { TOKEN_SCOPES } from "@/lib/tokens.ts";

export { ROLES, TOKEN_SCOPES };
export const ITEM_STATUSES = ["pending", "verified", "disputed", "unverifiable"] as const;
export const STANCES = ["supports", "refutes", "context"] as const;

const createdAt = () => timestamp("created_at", { withTimezone: true }).notNull().defaultNow();

export const users = pgTable(
  "users",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    email: text("email").notNull(),
    name: text("name").notNull(),
    role: text("role", { enum: ROLES }).notNull(),
    passwordHash: text("password_hash").notNull(),
    /** Set by an admin's reset: the temporary password must be replaced at the next sign-in. */
    mustChangePassword: boolean("must_change_password").notNull().default(false),
    /** A deactivated account keeps its history but cannot sign in, and its sessions end. */
    deactivatedAt: timestamp("deactivated_at", { withTimezone: true }),
    createdAt: createdAt(),
  },
  (t) => [
    uniqueIndex("users_email_key").on(sql`lower(${t.email})`),
    check("users_role_check", sql`${t.role} in ('viewer', 'reviewer', 'editor', 'admin')`),
  ],
);

export const apiTokens = pgTable(
  "api_tokens",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    userId: uuid("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    name: text("name").notNull(),
    /** SHA-256 of the token: the token itself is shown once and never stored. */
    tokenHash: text("token_hash").notNull(),
    /** The first characters, so a list of tokens can tell them apart. */
    prefix: text("prefix").notNull(),
    createdAt: createdAt(),
    lastUsedAt: timestamp("last_used_at", { withTimezone: true }),
    revokedAt: timestamp("revoked_at", { withTimezone: true }),
    /** null only for tokens made before expiry existed. */
    expiresAt: timestamp("expires_at", { withTimezone: true }),
    scope: text("scope", { enum: TOKEN_SCOPES }).notNull().default("read-write"),
  },
  (t) => [
    uniqueIndex("api_tokens_hash_key").on(t.tokenHash),
    index("api_tokens_user_idx").on(t.userId),
    check("api_tokens_scope_check", sql`${t.scope} in ('read-only', 'read-write')`),
  ],
);

/**
 * A signed-in browser. The cookie carries only this id; every request checks the row, so ending
 * a session (sign-out, password or role change, deactivation) takes effect at once.
 */
export const sessions = pgTable(
  "sessions",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    userId: uuid("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    createdAt: createdAt(),
    /** Moved on at most once a minute; the idle lifetime is counted from it. */
    lastSeenAt: timestamp("last_seen_at", { withTimezone: true }).notNull().defaultNow(),
    endedAt: timestamp("ended_at", { withTimezone: true }),
    address: text("address"),
    userAgent: text("user_agent"),
  },
  (t) => [index("sessions_user_idx").on(t.userId).where(sql`${t.endedAt} is null`)],
);

/** rate-limiter-flexible's Drizzle store: one row per key (an address, an email, "all"). */
export const rateLimits = pgTable("rate_limits", {
  key: text("key").primaryKey(),
  points: integer("points").notNull().default(0),
  expire: timestamp("expire", { withTimezone: true }),
});

/** Sign-in attempts, kept in the database so the limit holds across server processes. */
export const signInAttempts = pgTable(
  "sign_in_attempts",
  {
    id: bigserial("id", { mode: "number" }).primaryKey(),
    email: text("email").notNull(),
    succeeded: boolean("succeeded").notNull(),
    /** The client's address: one the owner signed in from before is not held back by an attack. */
    address: text("address"),
    at: timestamp("at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index("sign_in_attempts_email_at_idx").on(t.email, t.at), index("sign_in_attempts_at_idx").on(t.at)],
);

export const documents = pgTable(
  "documents",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    title: text("title").notNull(),
    body: text("body").notNull(),
    /** SHA-256 of the normalised body: the same article imported twice is one document. */
    contentHash: text("content_hash").notNull(),
    sourceName: text("source_name"),
    sourceUrl: text("source_url"),
    publishedAt: date("published_at", { mode: "string" }),
    language: text("language", { enum: ["id", "en"] }).notNull(),
    extractor: text("extractor").notNull(),
    createdBy: uuid("created_by").references(() => users.id, { onDelete: "set null" }),
    createdAt: createdAt(),
  },
  (t) => [
    uniqueIndex("documents_content_hash_key").on(t.contentHash),
    // NULLS FIRST, as ORDER BY … DESC has it: an index in another null order is not walked for the list.
    index("documents_created_at_idx").on(t.createdAt.desc().nullsFirst(), t.id.desc().nullsFirst()),
    check("documents_language_check", sql`${t.language} in ('id', 'en')`),
    check("documents_source_url_check", sql`${t.sourceUrl} is null or ${t.sourceUrl} ~ '^https?://'`),
  ],
);

export const people = pgTable(
  "people",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    name: text("name").notNull(),
    kind: text("kind", { enum: ["person", "org"] }).notNull().default("person"),
    title: text("title"),
    aliases: text("aliases").array().notNull().default(sql`'{}'::text[]`),
    createdAt: createdAt(),
  },
  (t) => [
    uniqueIndex("people_name_key").on(sql`lower(${t.name})`),
    // "?speaker=zelensk": a substring of a name or an alias, found by trigrams. The function is
    // created by migration 0002 (array_to_string is only stable, so an index needs a wrapper).
    index("people_names_trgm_idx").using("gin", sql`people_names(${t.name}, ${t.aliases}) gin_trgm_ops`),
    check("people_kind_check", sql`${t.kind} in ('person', 'org')`),
  ],
);

export const items = pgTable(
  "items",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    documentId: uuid("document_id")
      .notNull()
      .references(() => documents.id, { onDelete: "cascade" }),
    type: text("type", { enum: ["quote", "claim"] }).notNull(),
    kind: text("kind", { enum: ["direct", "indirect"] }),
    text: text("text").notNull(),
    start: integer("start").notNull(),
    end: integer("end").notNull(),
    speakerId: uuid("speaker_id").references(() => people.id, { onDelete: "set null" }),
    speakerMention: text("speaker_mention"),
    cue: text("cue"),
    /** A claim's check-worthiness, or the extractor's confidence in a quote; 0..1. */
    score: real("score"),
    signals: text("signals").array().notNull().default(sql`'{}'::text[]`),
    status: text("status", { enum: ITEM_STATUSES }).notNull().default("pending"),
    /** Bumped by every verdict and correction: a save against an older version is a conflict. */
    version: integer("version").notNull().default(1),
    extractor: text("extractor"),
    removedAt: timestamp("removed_at", { withTimezone: true }),
    createdAt: createdAt(),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index("items_document_start_idx").on(t.documentId, t.start),
    // Every list of items is read in (document, start, id) order, a page at a time: one index per
    // filter whose walk is already in that order, so a page costs its own rows, not the table's.
    index("items_list_idx").on(t.documentId, t.start, t.id).where(sql`${t.removedAt} is null`),
    // Whole, not partial: merging and deleting people find every item of a speaker through it.
    // removed_at rides last so that counting a speaker's live quotes reads the index alone.
    index("items_speaker_list_idx").on(t.speakerId, t.documentId, t.start, t.id, t.removedAt),
    index("items_status_list_idx").on(t.status, t.documentId, t.start, t.id).where(sql`${t.removedAt} is null`),
    index("items_type_list_idx").on(t.type, t.documentId, t.start, t.id).where(sql`${t.removedAt} is null`),
    index("items_kind_list_idx").on(t.kind, t.documentId, t.start, t.id).where(sql`${t.removedAt} is null`),
    // "?q=" is a substring search until full-text search arrives: trigrams find the rare word.
    index("items_text_trgm_idx").using("gin", t.text.op("gin_trgm_ops")),
    check("items_type_check", sql`${t.type} in ('quote', 'claim')`),
    check("items_kind_check", sql`(${t.type} = 'quote') = (${t.kind} is not null) and (${t.kind} is null or ${t.kind} in ('direct', 'indirect'))`),
    check("items_status_check", sql`${t.status} in ('pending', 'verified', 'disputed', 'unverifiable')`),
    check("items_span_check", sql`${t.start} >= 0 and ${t.end} > ${t.start}`),
    check("items_score_check", sql`${t.score} is null or (${t.score} >= 0 and ${t.score} <= 1)`),
  ],
);

export const citations = pgTable(
  "citations",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    itemId: uuid("item_id")
      .notNull()
      .references(() => items.id, { onDelete: "cascade" }),
    url: text("url").notNull(),
    title: text("title").notNull(),
    publisher: text("publisher"),
    excerpt: text("excerpt"),
    stance: text("stance", { enum: STANCES }).notNull(),
    accessedAt: date("accessed_at", { mode: "string" }).notNull(),
    createdBy: uuid("created_by").references(() => users.id, { onDelete: "set null" }),
    createdAt: createdAt(),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
    removedAt: timestamp("removed_at", { withTimezone: true }),
  },
  (t) => [
    index("citations_item_idx").on(t.itemId),
    check("citations_url_check", sql`${t.url} ~ '^https?://'`),
    check("citations_stance_check", sql`${t.stance} in ('supports', 'refutes', 'context')`),
  ],
);

/** Append-only: a verdict is never updated or deleted; the item carries the current one. */
export const verdicts = pgTable(
  "verdicts",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    itemId: uuid("item_id")
      .notNull()
      .references(() => items.id, { onDelete: "cascade" }),
    fromStatus: text("from_status", { enum: ITEM_STATUSES }).notNull(),
    toStatus: text("to_status", { enum: ITEM_STATUSES }).notNull(),
    note: text("note"),
    /** The item's version this verdict produced; unique per item, so two racing saves cannot both land. */
    version: integer("version").notNull(),
    createdBy: uuid("created_by").references(() => users.id, { onDelete: "set null" }),
    createdAt: createdAt(),
  },
  (t) => [uniqueIndex("verdicts_item_version_key").on(t.itemId, t.version)],
);

export const auditEvents = pgTable(
  "audit_events",
  {
    id: bigserial("id", { mode: "number" }).primaryKey(),
    actorId: uuid("actor_id").references(() => users.id, { onDelete: "set null" }),
    action: text("action").notNull(),
    targetType: text("target_type").notNull(),
    targetId: text("target_id").notNull(),
    before: jsonb("before"),
    after: jsonb("after"),
    at: timestamp("at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index("audit_events_target_idx").on(t.targetType, t.targetId),
    index("audit_events_at_idx").on(t.at.desc()),
    // A merged-away speaker's name, for the trails that still mention their id (server/people/people-names.ts).
    index("audit_events_merged_person_idx")
      .on(sql`(${t.before} -> 'merge' ->> 'id')`)
      .where(sql`${t.action} = 'person.merge'`),
  ],
);

export type User = typeof users.$inferSelect;
export type { Role } from "@/lib/roles.ts";
export type ApiToken = typeof apiTokens.$inferSelect;
export type { TokenScope } from "@/lib/tokens.ts";
export type Session = typeof sessions.$inferSelect;
export type Document = typeof documents.$inferSelect;
export type Person = typeof people.$inferSelect;
/** An intake entry's work: an article's text (a file, the CLI) or an address to fetch it from. */
export type IntakePayload = { actorId: string | null } & (
  | { kind: "text"; input: { title: string; body: string; sourceName?: string; sourceUrl?: string; publishedAt?: string; language?: "id" | "en" } }
  | { kind: "url"; url: string; given?: { sourceName?: string; publishedAt?: string; language?: "id" | "en" } }
);

export const INTAKE_STATUSES = ["queued", "running", "imported", "duplicate", "failed"] as const;

/**
 * Articles brought in together (files, a list of addresses, a feed's new entries): each is an
 * entry and a job on the queue, and the batch's page shows them as they finish.
 */
/** A wire or site feed an editor subscribed to: checked on a schedule, its new stories imported. */
export const feeds = pgTable("feeds", {
  id: uuid("id").primaryKey().defaultRandom(),
  url: text("url").notNull().unique(),
  title: text("title").notNull(),
  /** How often it is checked. */
  everyMinutes: integer("every_minutes").notNull().default(15),
  createdBy: uuid("created_by").references(() => users.id, { onDelete: "set null" }),
  createdAt: createdAt(),
  lastRunAt: timestamp("last_run_at", { withTimezone: true }),
  /** Why the last check failed; null when it worked. */
  lastError: text("last_error"),
  /** New stories the last check found. */
  lastFound: integer("last_found"),
});

/** Every story a feed has listed, so that the next check takes only the new ones. */
export const feedStories = pgTable(
  "feed_stories",
  {
    feedId: uuid("feed_id")
      .notNull()
      .references(() => feeds.id, { onDelete: "cascade" }),
    /** The item's guid or id, else its link. */
    key: text("key").notNull(),
    link: text("link").notNull(),
    seenAt: createdAt(),
  },
  (t) => [primaryKey({ columns: [t.feedId, t.key] })],
);

export const intakeBatches = pgTable("intake_batches", {
  id: uuid("id").primaryKey().defaultRandom(),
  kind: text("kind", { enum: ["files", "urls", "feed"] }).notNull(),
  label: text("label").notNull(),
  /** The feed whose check made it. */
  feedId: uuid("feed_id").references(() => feeds.id, { onDelete: "set null" }),
  createdBy: uuid("created_by").references(() => users.id, { onDelete: "set null" }),
  createdAt: createdAt(),
});

export const intakeEntries = pgTable(
  "intake_entries",
  {
    /** Also the id of its job on the queue: sending it again is a no-op while the job exists. */
    id: uuid("id").primaryKey().defaultRandom(),
    batchId: uuid("batch_id")
      .notNull()
      .references(() => intakeBatches.id, { onDelete: "cascade" }),
    position: integer("position").notNull(),
    /** What the editor sent: a file's name or an address. */
    label: text("label").notNull(),
    status: text("status", { enum: INTAKE_STATUSES }).notNull().default("queued"),
    /** Why it failed, or why the last attempt did when it will be tried again. */
    reason: text("reason"),
    documentId: uuid("document_id").references(() => documents.id, { onDelete: "set null" }),
    attempts: integer("attempts").notNull().default(0),
    /** What the job needs (the text and who sent it, or the address): kept until it is done, so a lost job can be sent again. */
    payload: jsonb("payload").$type<IntakePayload>(),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex("intake_entries_batch_position_key").on(t.batchId, t.position),
    check("intake_entries_status_check", sql`${t.status} in ('queued', 'running', 'imported', 'duplicate', 'failed')`),
  ],
);

export type Item = typeof items.$inferSelect;
export type ItemStatus = (typeof ITEM_STATUSES)[number];
export type Citation = typeof citations.$inferSelect;
export type Verdict = typeof verdicts.$inferSelect;
export type AuditEvent = typeof auditEvents.$inferSelect;
export type IntakeBatch = typeof intakeBatches.$inferSelect;
export type IntakeEntry = typeof intakeEntries.$inferSelect;
export type Feed = typeof feeds.$inferSelect;
