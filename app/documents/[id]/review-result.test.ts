import { afterEach, describe, expect, it, vi } from "vitest";
import type { ItemView } from "@/lib/views/item-view.ts";
import { AppError, forbidden, ItemConflictError, NeedsCitationError, notFound } from "@/server/errors.ts";
import { reviewFailure } from "./review-result.ts";

afterEach(() => vi.restoreAllMocks());

describe("reviewFailure", () => {
  it("hands a stale save's current item and last verdict to the panel", () => {
    const payload = {
      current: { id: "i", status: "verified", version: 3 } as ItemView,
      lastChange: { status: "verified" as const, note: null, by: "Rina Reviewer", at: "2026-01-01T00:00:00Z" },
    };
    const failure = reviewFailure(new ItemConflictError("This item changed while you were working on it (now version 3).", payload), "x");
    expect(failure).toMatchObject({ ok: false, conflict: payload, message: expect.stringContaining("version 3") });
  });

  it("keeps the service's sentence for a verdict without a citation, and flags it", () => {
    const error = new NeedsCitationError("Add at least one citation before marking this quote verified.");
    expect(reviewFailure(error, "x")).toMatchObject({ ok: false, needsCitation: true, message: "Add at least one citation before marking this quote verified." });
  });

  it("treats a conflict without an item, or a status message alike, as any other error", () => {
    expect(reviewFailure(new AppError("conflict", "An item changed during re-extraction."), "x")).toEqual({ ok: false, message: "An item changed during re-extraction.", fields: undefined });
    const lookalike = new AppError("validation", "status: Needs at least one citation.", { status: ["Needs at least one citation."] });
    expect(reviewFailure(lookalike, "x")).not.toHaveProperty("needsCitation");
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
