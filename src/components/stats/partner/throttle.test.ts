import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { createThrottle } from "./throttle";

beforeEach(() => {
  vi.useFakeTimers();
});
afterEach(() => {
  vi.useRealTimers();
});

describe("createThrottle", () => {
  it("runs the first call at once and folds a burst into one call after the wait", () => {
    const fn = vi.fn();
    const throttle = createThrottle(fn, 500);
    throttle.call();
    expect(fn).toHaveBeenCalledTimes(1);
    for (let i = 0; i < 10; i++) {
      vi.advanceTimersByTime(20);
      throttle.call();
    }
    expect(fn).toHaveBeenCalledTimes(1);
    vi.advanceTimersByTime(300);
    expect(fn).toHaveBeenCalledTimes(2);
    vi.advanceTimersByTime(2000);
    expect(fn).toHaveBeenCalledTimes(2);
  });

  it("runs again at once after a quiet wait, and runs nothing once cancelled", () => {
    const fn = vi.fn();
    const throttle = createThrottle(fn, 500);
    throttle.call();
    vi.advanceTimersByTime(600);
    throttle.call();
    expect(fn).toHaveBeenCalledTimes(2);
    throttle.call();
    throttle.cancel();
    vi.advanceTimersByTime(1000);
    expect(fn).toHaveBeenCalledTimes(2);
  });
});
