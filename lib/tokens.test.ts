import { describe, expect, it } from "vitest";
import { tokenState } from "./tokens.ts";

describe("tokenState", () => {
  const now = "2026-12-02T12:00:00.000Z";
  it("is live until its expiry, expired from that instant, and revoked whatever its expiry", () => {
    expect(tokenState({ revokedAt: null, expiresAt: "2026-12-02T12:00:00.001Z" }, now)).toBe("live");
    expect(tokenState({ revokedAt: null, expiresAt: null }, now)).toBe("live");
    expect(tokenState({ revokedAt: null, expiresAt: now }, now)).toBe("expired");
    expect(tokenState({ revokedAt: "2026-12-01T00:00:00.000Z", expiresAt: "2027-01-01T00:00:00.000Z" }, now)).toBe("revoked");
  });
});
