import { describe, expect, it } from "vitest";
import { isBot } from "~/server/tracking/bots";
import { seededRandom } from "./demo-people";
import {
  browserUserAgent,
  DEMO_PARTNER_SHARE,
  liveConversion,
  liveCustomer,
  pickLink,
  rateLimitedLog,
  visitUrl,
} from "./demo-trickle-plan";

const links = [
  { code: "PaulBlog", enrollmentId: "demo", weight: 10, isDemoPartner: true },
  { code: "busy0001", enrollmentId: "a", weight: 900, isDemoPartner: false },
  { code: "quiet001", enrollmentId: "b", weight: 0, isDemoPartner: false },
];

describe("live trickle choices", () => {
  it("sends a fixed share of visits to the demo partner and the rest by weight", () => {
    const random = seededRandom(11);
    const counts = new Map<string, number>();
    for (let i = 0; i < 10_000; i++) {
      const code = pickLink(random, links)!.code;
      counts.set(code, (counts.get(code) ?? 0) + 1);
    }
    const demo = (counts.get("PaulBlog") ?? 0) / 10_000;
    expect(demo).toBeGreaterThan(DEMO_PARTNER_SHARE - 0.02);
    expect(demo).toBeLessThan(DEMO_PARTNER_SHARE + 0.03);
    // A link without recent clicks still gets the odd visitor.
    expect(counts.get("quiet001") ?? 0).toBeGreaterThan(0);
    expect(counts.get("busy0001")!).toBeGreaterThan(counts.get("quiet001")! * 100);
    expect(pickLink(random, [])).toBeNull();
  });

  it("looks like a browser to the ingest server's bot filter", () => {
    const random = seededRandom(12);
    for (let i = 0; i < 200; i++) expect(isBot(browserUserAgent(random))).toBe(false);
  });

  it("builds tracking URLs on the given base, sometimes with a sub-id", () => {
    const random = seededRandom(13);
    const urls = Array.from({ length: 100 }, () =>
      visitUrl(random, "http://localhost:3001", "PaulBlog"),
    );
    expect(urls.every((url) => url.startsWith("http://localhost:3001/r/PaulBlog"))).toBe(true);
    expect(urls.some((url) => url.includes("?sub="))).toBe(true);
  });

  it("records sales with amounts, and leads and installs without", () => {
    const random = seededRandom(14);
    for (let i = 0; i < 200; i++) {
      const conversion = liveConversion(random);
      if (conversion.type === "sale") expect(conversion.amount).toBeGreaterThan(0);
      else expect(conversion.amount).toBeUndefined();
    }
  });

  it("brings customers back sometimes and remembers only the recent ones", () => {
    const random = seededRandom(15);
    const recent: string[] = [];
    const emails = Array.from({ length: 300 }, (_, i) => liveCustomer(random, recent, i));
    expect(new Set(emails).size).toBeLessThan(emails.length);
    expect(recent.length).toBeLessThanOrEqual(50);
  });

  it("prints one error per kind and interval, counting the ones held back", () => {
    const lines: string[] = [];
    let now = 0;
    const report = rateLimitedLog(
      (line) => lines.push(line),
      1_000,
      () => now,
    );
    report("db", "down");
    report("db", "down");
    report("http", "404");
    now = 1_500;
    report("db", "still down");
    expect(lines).toEqual(["down", "404", "still down (1 more like it held back)"]);
  });
});
