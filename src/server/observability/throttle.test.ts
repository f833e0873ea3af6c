import { describe, expect, it } from "vitest";
import { createThrottle } from "./throttle";

describe("createThrottle", () => {
  it("emits at most once per interval and reports how many calls it skipped", () => {
    let now = 0;
    const throttle = createThrottle(1000, () => now);
    const emitted: number[] = [];
    const call = () => throttle((skipped) => emitted.push(skipped));
    call();
    now = 500;
    call();
    call();
    now = 1000;
    call();
    expect(emitted).toEqual([0, 2]);
  });
});
