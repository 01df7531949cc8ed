// Fixed locale and UTC: the page renders on the server, and a date must not shift a day with
// the server's time zone nor differ between server and browser.
const DATE = new Intl.DateTimeFormat("en-GB", { day: "numeric", month: "short", year: "numeric", timeZone: "UTC" });
const TIME = new Intl.DateTimeFormat("en-GB", { hour: "2-digit", minute: "2-digit", hourCycle: "h23", timeZone: "UTC" });

/** "2023-01-16" or an ISO timestamp → "16 Jan 2023"; null or nonsense → null. */
export function formatDate(value: string | null | undefined): string | null {
  if (!value) return null;
  const date = new Date(/^\d{4}-\d{2}-\d{2}$/.test(value) ? `${value}T00:00:00Z` : value);
  return Number.isNaN(date.getTime()) ? null : DATE.format(date);
}

/** An ISO timestamp → "16 Jan 2023, 23:30 UTC", for when something happened; nonsense → null. */
export function formatDateTime(value: string): string | null {
  const date = new Date(value);
  return Number.isNaN(date.getTime()) ? null : `${DATE.format(date)}, ${TIME.format(date)} UTC`;
}
