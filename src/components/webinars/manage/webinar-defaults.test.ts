import { describe, expect, it } from "vitest";
import { newWebinarDefaults, nextWorkingDay } from "./webinar-defaults";

describe("nextWorkingDay", () => {
  it("is the next weekday in the manager's zone, skipping the weekend", () => {
    // Tuesday 8 December 2026, 10:00 UTC.
    const tuesday = new Date("2026-12-08T10:00:00Z");
    expect(nextWorkingDay(tuesday, "Europe/Warsaw")).toBe("2026-12-09");
    const friday = new Date("2026-12-11T10:00:00Z");
    expect(nextWorkingDay(friday, "UTC")).toBe("2026-12-14");
    expect(nextWorkingDay(new Date("2026-12-12T10:00:00Z"), "UTC")).toBe("2026-12-14");
    expect(nextWorkingDay(new Date("2026-12-13T10:00:00Z"), "UTC")).toBe("2026-12-14");
  });

  it("counts from the local day, not the UTC one", () => {
    // Friday 23:30 UTC is already Saturday in Warsaw and still Friday in New York.
    const late = new Date("2026-12-11T23:30:00Z");
    expect(nextWorkingDay(late, "Europe/Warsaw")).toBe("2026-12-14");
    expect(nextWorkingDay(late, "America/New_York")).toBe("2026-12-14");
    // Sunday 23:30 UTC is Monday in Tokyo: the next working day is Tuesday.
    expect(nextWorkingDay(new Date("2026-12-13T23:30:00Z"), "Asia/Tokyo")).toBe("2026-12-15");
    // Thursday 20:00 in Los Angeles is Friday 04:00 UTC.
    expect(nextWorkingDay(new Date("2026-12-11T04:00:00Z"), "America/Los_Angeles")).toBe(
      "2026-12-11",
    );
  });
});

describe("newWebinarDefaults", () => {
  it("prefills 16:00 on the next working day, 45 minutes and the usual join link", () => {
    expect(
      newWebinarDefaults({
        now: new Date("2026-12-11T10:00:00Z"),
        zone: "Europe/Warsaw",
        title: "Partner Q&A",
        joinUrl: "https://meet.example.com/room",
      }),
    ).toEqual({
      title: "Partner Q&A",
      description: "",
      startsLocal: "2026-12-14T16:00",
      timeZone: "Europe/Warsaw",
      durationMinutes: 45,
      joinUrl: "https://meet.example.com/room",
      capacity: null,
      audienceTierKeys: [],
    });
  });

  it("leaves the join link empty when the program has none yet", () => {
    const values = newWebinarDefaults({
      now: new Date("2026-12-08T10:00:00Z"),
      zone: "UTC",
      title: "",
      joinUrl: null,
    });
    expect(values.joinUrl).toBe("");
    expect(values.startsLocal).toBe("2026-12-09T16:00");
  });
});
