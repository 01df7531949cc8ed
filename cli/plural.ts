/** "1 session", "2 sessions": the counts the account commands report. */
export const plural = (n: number, noun: string) => `${n} ${noun}${n === 1 ? "" : "s"}`;
