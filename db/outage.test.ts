import { describe, expect, it } from "vitest";
import { databaseOutage } from "./outage.ts";

const withCode = (code: string, cause?: unknown) => Object.assign(new Error(code), { code }, cause ? { cause } : {});

describe("databaseOutage", () => {
  it("sees a refused or dropped connection, and a server shutting down or starting, under drizzle's wrapper", () => {
    for (const code of ["ECONNREFUSED", "CONNECTION_CLOSED", "CONNECT_TIMEOUT", "57P01", "57P03", "08006"]) {
      expect(databaseOutage(new Error("Failed query: select 1", { cause: withCode(code) }))).toBe("unreachable");
    }
    expect(databaseOutage(new AggregateError([withCode("ECONNREFUSED"), withCode("ECONNREFUSED")]))).toBe("unreachable");
  });

  it("sees a statement cancelled by statement_timeout as a timeout", () => {
    expect(databaseOutage(new Error("Failed query", { cause: withCode("57014") }))).toBe("timeout");
  });

  it("leaves the query's own failures alone", () => {
    for (const error of [withCode("23505"), withCode("22P02"), new Error("boom"), "text", null]) expect(databaseOutage(error)).toBeNull();
  });
});
