import { describe, expect, it } from "vitest";
import { EARLY_KEYS_GLOBAL, earlyKeyScript, type EarlyKeyBuffer } from "./early-key-script.ts";

/** Runs the script against a stand-in window and returns a way to press keys on it. */
function load() {
  const listeners = new Set<(e: object) => void>();
  const win: Record<string, unknown> = {
    addEventListener: (_: string, f: (e: object) => void) => listeners.add(f),
    removeEventListener: (_: string, f: (e: object) => void) => listeners.delete(f),
  };
  new Function("window", "addEventListener", "removeEventListener", earlyKeyScript())(win, win.addEventListener, win.removeEventListener);
  const press = (key: string, extra: object = {}) => listeners.forEach((f) => f({ key, target: { tagName: "BODY" }, ...extra }));
  return { press, buffer: win[EARLY_KEYS_GLOBAL] as EarlyKeyBuffer, listeners };
}

describe("the early key buffer", () => {
  it("keeps the shortcut keys pressed before the page is ready, in order", () => {
    const { press, buffer } = load();
    for (const key of ["j", "x", "j", "v", "Enter", "?"]) press(key);
    expect(buffer.take()).toEqual(["j", "j", "v", "?"]);
  });

  it("ignores typing in a field and keys held with a modifier, as the page's own shortcuts do", () => {
    const { press, buffer } = load();
    press("j", { target: { tagName: "INPUT", type: "text" } });
    press("j", { target: { tagName: "TEXTAREA" } });
    press("k", { ctrlKey: true });
    press("v", { metaKey: true });
    press("k", { target: { tagName: "INPUT", type: "checkbox" } });
    expect(buffer.take()).toEqual(["k"]);
  });

  it("stops listening once the page takes the keys, so none is handled twice", () => {
    const { press, buffer, listeners } = load();
    press("j");
    expect(buffer.take()).toEqual(["j"]);
    expect(listeners.size).toBe(0);
    press("k");
    expect(buffer.take()).toEqual([]);
  });
});
