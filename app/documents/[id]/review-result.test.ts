import { afterEach, describe, expect, it, vi } from "vitest";
import { AppError, forbidden, notFound } from "../../../server/errors.ts";
import { reviewFailure } from "./review-result.ts";

afterEach(() => vi.restoreAllMocks());

describe("reviewFailure", () => {
  it("hands a stale save's current item and last verdict to the panel", () => {
    const extra = { current: { id: "i", status: "verified", version: 3 }, lastChange: { status: "verified", note: null, by: "Rina Reviewer", at: "2026-01-01T00:00:00Z" } };
    const failure = reviewFailure(new AppError("conflict", "This item changed while you were working on it (now version 3).", undefined, extra), "x");
    expect(failure).toMatchObject({ ok: false, conflict: extra, message: expect.stringContaining("version 3") });
  });

  it("keeps the service's sentence for a verdict without a citation, and flags it", () => {
    const error = new AppError("validation", "Add at least one citation before marking this quote verified.", { status: ["Needs at least one citation."] });
    expect(reviewFailure(error, "x")).toMatchObject({ ok: false, needsCitation: true, message: "Add at least one citation before marking this quote verified." });
  });

  it("puts other validation errors under their fields, like every form", () => {
    const error = new AppError("validation", "title: Give the source a title.", { title: ["Give the source a title."] });
    expect(reviewFailure(error, "x")).toEqual({ ok: false, message: "Check the fields marked below.", fields: { title: ["Give the source a title."] } });
  });

  it("says when the item is gone, and passes refusals through as their message", () => {
    expect(reviewFailure(notFound("That item"), "x")).toEqual({ ok: false, message: "That item was not found.", gone: true });
    expect(reviewFailure(forbidden("set verdicts"), "x")).toEqual({ ok: false, message: "Your role may not set verdicts.", fields: undefined });
  });

  it("never shows an unexpected error's text", () => {
    vi.spyOn(console, "error").mockImplementation(() => {});
    expect(reviewFailure(new Error("db down at pool.ts:9"), "The verdict was not saved. Try again.")).toEqual({
      ok: false,
      message: "The verdict was not saved. Try again.",
      fields: undefined,
    });
  });
});
