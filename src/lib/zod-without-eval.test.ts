import { afterEach, describe, expect, it, vi } from "vitest";
import { z } from "zod";

afterEach(() => {
  vi.unstubAllGlobals();
  vi.restoreAllMocks();
});

describe("zod-without-eval", () => {
  it("in a browser, zod parses objects without ever calling the Function constructor", async () => {
    vi.stubGlobal("window", {});
    await import("./zod-without-eval");
    const construct = vi.spyOn(globalThis, "Function");
    expect(z.object({ name: z.string() }).parse({ name: "x" })).toEqual({ name: "x" });
    expect(construct).not.toHaveBeenCalled();
  });
});
