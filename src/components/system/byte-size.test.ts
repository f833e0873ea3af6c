import { describe, expect, it } from "vitest";
import { byteSize } from "./byte-size";

describe("byteSize", () => {
  it("picks the largest unit that keeps the number at or above one", () => {
    expect(byteSize(0)).toEqual({ value: 0, unit: "byte" });
    expect(byteSize(1023)).toEqual({ value: 1023, unit: "byte" });
    expect(byteSize(1024)).toEqual({ value: 1, unit: "kilobyte" });
    expect(byteSize(1.5 * 1024 ** 3)).toEqual({ value: 1.5, unit: "gigabyte" });
    expect(byteSize(3 * 1024 ** 6)).toEqual({ value: 3072, unit: "petabyte" });
  });
});
