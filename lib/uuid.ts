/**
 * A UUID in its text form. Ids from URLs and bodies are checked against it before they reach
 * a query: PostgreSQL rejects a malformed uuid with an error, and the caller should get a 404.
 */
export const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
