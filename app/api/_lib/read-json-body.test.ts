import { describe, expect, it } from "vitest";
import { readJsonBody, SMALL_BODY_LIMIT } from "./read-json-body.ts";

const post = (body: BodyInit, headers: Record<string, string> = { "content-type": "application/json" }) =>
  new Request("http://x/api", { method: "POST", body, headers, duplex: "half" } as RequestInit);

describe("readJsonBody", () => {
  it("reads a JSON body", async () => {
    expect(await readJsonBody(post('{"status":"verified"}'), SMALL_BODY_LIMIT)).toEqual({ status: "verified" });
  });

  it("answers 400, not 500, when the client goes away mid-body", async () => {
    const stream = new ReadableStream({
      start(controller) {
        controller.enqueue(new TextEncoder().encode('{"status":'));
        controller.error(new Error("aborted"));
      },
    });
    await expect(readJsonBody(post(stream), SMALL_BODY_LIMIT)).rejects.toMatchObject({ status: 400, code: "bad_request" });
  });

  it("refuses a body over the limit with a 413 and one that is not JSON with a 400", async () => {
    await expect(readJsonBody(post("x".repeat(SMALL_BODY_LIMIT.bytes + 1)), SMALL_BODY_LIMIT)).rejects.toMatchObject({ status: 413 });
    await expect(readJsonBody(post("{"), SMALL_BODY_LIMIT)).rejects.toMatchObject({ status: 400 });
    await expect(readJsonBody(post("{}", { "content-type": "text/plain" }), SMALL_BODY_LIMIT)).rejects.toMatchObject({ status: 400 });
  });
});
