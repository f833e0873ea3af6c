import { describe, expect, it } from "vitest";
import { buildWebinarIcs, calendarFileName, type CalendarWebinar } from "./calendar";

const webinar: CalendarWebinar = {
  id: "0b6a3c1e-1111-4222-8333-944455566677",
  title: "Spring launch Q&A",
  description: "What is new this season.",
  startsAt: new Date("2025-03-30T08:00:00Z"),
  durationMinutes: 90,
  joinUrl: "https://meet.example.com/spring",
  cancelledAt: null,
  programName: "Northwind",
};
const options = { host: "rally.example.com", organizerEmail: "webinars@rally.example.com" };
// Folded lines (RFC 5545) continue with a space: unfold before reading a property.
const unfold = (text: string) => text.replace(/\r\n[ \t]/g, "");

describe("buildWebinarIcs", () => {
  it("writes one event with a stable UID, the start in UTC and the duration", () => {
    const text = unfold(buildWebinarIcs(webinar, options));
    expect(text).toMatch(/^BEGIN:VCALENDAR\r\n/);
    expect(text).toContain("END:VCALENDAR");
    expect(text.match(/BEGIN:VEVENT/g)).toHaveLength(1);
    expect(text).toContain(`UID:${webinar.id}@rally.example.com`);
    expect(text).toContain("DTSTART:20250330T080000Z");
    expect(text).toContain("DURATION:PT90M");
    expect(text).toContain("SUMMARY:Spring launch Q&A");
    expect(text).toContain("URL:https://meet.example.com/spring");
    expect(text).toContain(
      "DESCRIPTION:What is new this season.\\n\\nhttps://meet.example.com/spring",
    );
    expect(text).toMatch(/ORGANIZER;CN="?Northwind"?:mailto:webinars@rally.example.com/i);
    expect(text).toContain("STATUS:CONFIRMED");
    expect(text).toContain("PRODID:rally/webinars");
  });

  it("keeps the UID across rebuilds and marks a cancelled webinar", () => {
    const first = unfold(buildWebinarIcs(webinar, options));
    const cancelled = unfold(buildWebinarIcs({ ...webinar, cancelledAt: new Date() }, options));
    const uid = (text: string) => /UID:(.*)\r\n/.exec(text)?.[1];
    expect(uid(cancelled)).toBe(uid(first));
    expect(cancelled).toContain("STATUS:CANCELLED");
    expect(cancelled).toContain("SEQUENCE:1");
  });

  it("escapes commas, semicolons and new lines in text", () => {
    const text = unfold(
      buildWebinarIcs({ ...webinar, title: "Tips, tricks; more", description: "a\nb" }, options),
    );
    expect(text).toContain("SUMMARY:Tips\\, tricks\\; more");
  });
});

describe("calendarFileName", () => {
  it("makes a safe ASCII file name", () => {
    expect(calendarFileName("Spring launch Q&A")).toBe("spring-launch-q-a.ics");
    expect(calendarFileName("Zażółć gęślą jaźń")).toBe("zazolc-gesla-jazn.ics");
    expect(calendarFileName("Вебинар")).toBe("webinar.ics");
    expect(calendarFileName(`"; rm -rf /`)).toBe("rm-rf.ics");
  });
});
