/**
 * Today's date as YYYY-MM-DD in the reviewer's own time zone, for a date field's default: the
 * day they read a source is their day, not UTC's (10 p.m. in Jakarta is still "today" there).
 */
export function todayIso(now = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, "0");
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}
