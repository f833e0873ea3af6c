import { describe, expect, it } from "vitest";
import { DAY_MS, HOUR_MS } from "~/lib/dates";
import { dueReminder } from "./reminder-due";

const start = new Date("2025-06-10T12:00:00Z");
const at = (msBeforeStart: number) => new Date(start.getTime() - msBeforeStart);
const early = at(3 * DAY_MS);

describe("dueReminder", () => {
  it("is nothing more than a day ahead and after the start", () => {
    expect(dueReminder({ startsAt: start, registeredAt: early }, at(DAY_MS + 60_000))).toBeNull();
    expect(dueReminder({ startsAt: start, registeredAt: early }, at(0))).toBeNull();
    expect(dueReminder({ startsAt: start, registeredAt: early }, at(-60_000))).toBeNull();
  });

  it("is the day-before reminder in the last 24 hours, the hour-before in the last hour", () => {
    expect(dueReminder({ startsAt: start, registeredAt: early }, at(DAY_MS))).toBe("day_before");
    expect(dueReminder({ startsAt: start, registeredAt: early }, at(2 * HOUR_MS))).toBe(
      "day_before",
    );
    expect(dueReminder({ startsAt: start, registeredAt: early }, at(HOUR_MS))).toBe("hour_before");
    expect(dueReminder({ startsAt: start, registeredAt: early }, at(60_000))).toBe("hour_before");
  });

  it("spares partners who registered just before a window", () => {
    const lateEvening = at(DAY_MS + 30 * 60_000);
    expect(dueReminder({ startsAt: start, registeredAt: lateEvening }, at(20 * HOUR_MS))).toBe(
      null,
    );
    expect(dueReminder({ startsAt: start, registeredAt: lateEvening }, at(HOUR_MS / 2))).toBe(
      "hour_before",
    );
    const lastMinute = at(HOUR_MS / 2);
    expect(dueReminder({ startsAt: start, registeredAt: lastMinute }, at(HOUR_MS / 4))).toBeNull();
  });
});
