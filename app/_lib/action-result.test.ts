import { afterEach, describe, expect, it, vi } from "vitest";
import { AppError, forbidden } from "@/server/errors.ts";
import { actionError } from "./action-result.ts";

afterEach(() => vi.restoreAllMocks());

describe("actionError", () => {
  it("puts validation messages under their fields", () => {
    const state = actionError(new AppError("validation", "title: Give the article a title.", { title: ["Give the article a title."] }));
    expect(state).toEqual({ message: "Check the fields marked below.", fields: { title: ["Give the article a title."] } });
  });

  it("shows other domain errors as their message", () => {
    expect(actionError(forbidden("import documents"))).toEqual({ message: "Your role may not import documents.", fields: undefined });
  });

  it("hides unexpected errors behind a plain sentence and logs them on the server", () => {
    const log = vi.spyOn(console, "error").mockImplementation(() => {});
    const state = actionError(new Error("connection reset at db.ts:42"), "The import failed.");
    expect(state).toEqual({ message: "The import failed." });
    expect(log).toHaveBeenCalledOnce();
  });
});
