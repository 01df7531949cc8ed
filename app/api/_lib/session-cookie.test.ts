import { encode } from "next-auth/jwt";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { endSessions } from "@/server/sessions/end-sessions.ts";
import { startSession } from "@/server/sessions/start-session.ts";
import { apiRequest, openApiTestContext, type ApiTestContext } from "@/test/api.ts";
import { GET as listPeople } from "../people/route.ts";

const SECRET = "a-test-secret-for-session-cookies-only";
let t: ApiTestContext;
beforeAll(async () => {
  vi.stubEnv("AUTH_SECRET", SECRET);
  t = await openApiTestContext();
});
afterAll(async () => {
  vi.unstubAllEnvs();
  await t.close();
});

/** The cookie a browser holds after signing in, as Auth.js writes it. */
async function cookieFor(userId: string, sessionId: string, { secure = false, secret = SECRET } = {}) {
  const name = secure ? "__Secure-authjs.session-token" : "authjs.session-token";
  return `${name}=${await encode({ token: { sub: userId, sid: sessionId }, secret, salt: name })}`;
}
const session = (userId: string) => startSession(t.database.db, userId, { address: null, userAgent: null });
const people = (headers: Record<string, string>) => listPeople(apiRequest("/api/people", { headers }));

describe("the API with a browser's session cookie", () => {
  it("answers a live session, over http and behind an https proxy", async () => {
    const id = await session(t.as.reviewer.id!);
    expect((await people({ cookie: await cookieFor(t.as.reviewer.id!, id) })).status).toBe(200);
    expect((await people({ cookie: await cookieFor(t.as.reviewer.id!, id, { secure: true }), "x-forwarded-proto": "https" })).status).toBe(200);
  });

  it("answers 401 once the session has ended, for a cookie under another secret, and for garbage", async () => {
    const id = await session(t.as.viewer.id!);
    const cookie = await cookieFor(t.as.viewer.id!, id);
    expect((await people({ cookie })).status).toBe(200);
    await endSessions(t.database.db, t.as.viewer.id!);
    expect((await people({ cookie })).status).toBe(401);
    const other = await session(t.as.viewer.id!);
    expect((await people({ cookie: await cookieFor(t.as.viewer.id!, other, { secret: "some-other-secret-entirely" }) })).status).toBe(401);
    expect((await people({ cookie: "authjs.session-token=not-a-jwt" })).status).toBe(401);
    // A session id that belongs to another account is no session of this one.
    expect((await people({ cookie: await cookieFor(t.as.admin.id!, other) })).status).toBe(401);
  });
});
