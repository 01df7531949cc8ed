import { describe, expect, it } from "vitest";
import { BadSettingError, postgresOptions } from "./postgres-options.ts";

describe("postgresOptions", () => {
  it("fails fast by default: 5 s to connect, 30 s a statement", () => {
    expect(postgresOptions({})).toMatchObject({ connect_timeout: 5, idle_timeout: 60, connection: { statement_timeout: 30_000 } });
  });

  it("waits at most a second before reconnecting, however long the outage was", () => {
    const { backoff } = postgresOptions({}) as { backoff: (retries: number) => number };
    expect(backoff(0)).toBeLessThanOrEqual(0.05);
    expect(backoff(50)).toBeLessThanOrEqual(1);
  });

  it("takes seconds from the environment, 0 turning a timeout off", () => {
    const options = postgresOptions({ ATTEST_DB_CONNECT_TIMEOUT: "2", ATTEST_DB_STATEMENT_TIMEOUT: "0.5", ATTEST_DB_IDLE_TIMEOUT: "0" });
    expect(options).toMatchObject({ connect_timeout: 2, idle_timeout: 0, connection: { statement_timeout: 500 } });
  });

  it("refuses a setting that is not a number of seconds, naming it", () => {
    expect(() => postgresOptions({ ATTEST_DB_STATEMENT_TIMEOUT: "30s" })).toThrow(new BadSettingError("ATTEST_DB_STATEMENT_TIMEOUT", "30s"));
    expect(() => postgresOptions({ ATTEST_DB_CONNECT_TIMEOUT: "-1" })).toThrow(/ATTEST_DB_CONNECT_TIMEOUT must be a number of seconds/);
  });
});
