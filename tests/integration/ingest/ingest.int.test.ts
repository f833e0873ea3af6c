/** The ingest server's redirects and pixels against the real database. */
import { randomUUID } from "node:crypto";
import { and, count, eq, sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { CLICK_ID_LENGTH } from "~/server/tracking/click-id";
import { hashIp } from "~/server/tracking/ip-hash";
import { clicks, impressions, statsDaily, statsHourly } from "~/server/db/schema/index";
import { db } from "../../support/db";
import { makePartner, makeProgram } from "../../support/factories";
import { BROWSER, SECRET, clickIdOf, makeLink, request, startIngest } from "./fixtures";

let ingest: Awaited<ReturnType<typeof startIngest>>;
beforeAll(async () => {
  ingest = await startIngest({ proxyHops: 2, trustedCountryHeader: "cf-ipcountry" });
});
afterAll(() => ingest.close());

async function partnerLink(options: Parameters<typeof makeLink>[2] & { suspended?: boolean } = {}) {
  const { program } = await makeProgram({ cookieWindowDays: 45 });
  const { enrollment } = await makePartner(program.id, {
    status: options.suspended ? "suspended" : "approved",
  });
  const link = await makeLink(program.id, enrollment.id, options);
  return { program, enrollment, link };
}

const clickRow = async (id: string) => (await db.select().from(clicks).where(eq(clicks.id, id)))[0];
const clicksOf = (linkId: string) => db.select().from(clicks).where(eq(clicks.linkId, linkId));

describe("GET /r/{code}", () => {
  it("redirects to the stored destination with the click id, sets the cookie, and has stored the click", async () => {
    const { link, program, enrollment } = await partnerLink();
    const answer = await request(ingest.port, `/r/${link.code}`);

    expect(answer.status).toBe(302);
    const id = clickIdOf(answer);
    expect(id).toHaveLength(CLICK_ID_LENGTH);
    expect(answer.headers.location).toBe(
      `https://shop.example.com/product?color=red&rly_click=${id}#reviews`,
    );
    expect(answer.headers["cache-control"]).toBe("no-store");
    expect(answer.headers["set-cookie"]).toEqual([
      `rly_click=${id}; Max-Age=${45 * 86400}; Path=/; HttpOnly; SameSite=Lax`,
    ]);
    // Read right after the 302 arrived, without waiting: the click was committed before it.
    expect(await clickRow(id)).toMatchObject({
      programId: program.id,
      linkId: link.id,
      enrollmentId: enrollment.id,
      billable: true,
      isUnique: true,
      subId: null,
    });
  });

  it("records the sub-id and ignores every destination-like parameter", async () => {
    const { link } = await partnerLink({ subId: "sidebar" });
    const answer = await request(
      ingest.port,
      `/r/${link.code}?url=https%3A%2F%2Fevil.com&redirect=//evil.com&next=/x&sub=&sub2=spring%0A-sale`,
    );
    expect(new URL(answer.headers.location!).host).toBe("shop.example.com");
    expect((await clickRow(clickIdOf(answer)))?.subId).toBe("spring-sale");

    // Without one in the request, the link's own sub-id labels the click.
    const plain = await request(ingest.port, `/r/${link.code}`);
    expect((await clickRow(clickIdOf(plain)))?.subId).toBe("sidebar");
  });

  it("redirects HEAD requests and bots without recording them or setting a cookie", async () => {
    const { link } = await partnerLink();
    const head = await request(ingest.port, `/r/${link.code}`, { method: "HEAD" });
    const bot = await request(ingest.port, `/r/${link.code}`, {
      headers: {
        "user-agent": "Mozilla/5.0 (compatible; Googlebot/2.1; +http://www.google.com/bot.html)",
      },
    });
    const noAgent = await request(ingest.port, `/r/${link.code}`, {
      headers: { "user-agent": "" },
    });
    for (const answer of [head, bot, noAgent]) {
      expect(answer.status).toBe(302);
      expect(new URL(answer.headers.location!).pathname).toBe("/product");
      expect(answer.headers["set-cookie"]).toBeUndefined();
      expect(await clickRow(clickIdOf(answer))).toBeUndefined();
    }
    expect(await clicksOf(link.id)).toHaveLength(0);
  });

  it("counts a repeat visit within the hour as not unique", async () => {
    const { link } = await partnerLink();
    const visit = { "x-forwarded-for": "198.51.100.20" };
    const first = await request(ingest.port, `/r/${link.code}`, { headers: visit });
    const again = await request(ingest.port, `/r/${link.code}`, { headers: visit });
    const otherBrowser = await request(ingest.port, `/r/${link.code}`, {
      headers: { ...visit, "user-agent": `${BROWSER} Edg/126.0` },
    });
    expect((await clickRow(clickIdOf(first)))?.isUnique).toBe(true);
    expect((await clickRow(clickIdOf(again)))?.isUnique).toBe(false);
    expect((await clickRow(clickIdOf(otherBrowser)))?.isUnique).toBe(true);
  });

  it("still sends visitors of a disabled link or a suspended partner through, unpaid", async () => {
    const disabled = await partnerLink({ disabled: true });
    const suspended = await partnerLink({ suspended: true });
    for (const { link } of [disabled, suspended]) {
      const answer = await request(ingest.port, `/r/${link.code}`);
      expect(answer.status).toBe(302);
      expect(new URL(answer.headers.location!).host).toBe("shop.example.com");
      expect(await clickRow(clickIdOf(answer))).toMatchObject({ billable: false, isUnique: true });
      const [hourly] = await db.select().from(statsHourly).where(eq(statsHourly.linkId, link.id));
      expect(hourly).toMatchObject({ clicks: 1, uniqueClicks: 1, paidClicks: 0 });
    }
  });

  it("answers an unknown code with a friendly 404 page", async () => {
    const answer = await request(ingest.port, "/r/NoSuchCode1", {
      headers: { "accept-language": "pl-PL,pl;q=0.9" },
    });
    expect(answer.status).toBe(404);
    expect(answer.headers["content-type"]).toBe("text/html; charset=utf-8");
    expect(answer.headers.location).toBeUndefined();
    expect(answer.body.toString()).toContain("Ten link jest nieaktywny");
  });

  it("stores a keyed hash of the address and the trusted country, never the address", async () => {
    const { program, link } = await partnerLink();
    const ip = "203.0.113.77";
    const headers = {
      "x-forwarded-for": `${ip}, 10.0.0.1`,
      "cf-ipcountry": "pl",
      "x-country": "DE",
    };
    const answer = await request(ingest.port, `/r/${link.code}`, { headers });
    await request(ingest.port, `/i/${link.code}.gif`, { headers });
    const row = await clickRow(clickIdOf(answer));
    expect(row?.ipHash).toBe(hashIp(SECRET, ip));
    expect(row?.country).toBe("PL");
    // Every column of every stored event of this program, as text.
    const stored = await db.execute<{ row: string }>(sql`
      select c::text as row from clicks c where c.program_id = ${program.id}
      union all select i::text from impressions i where i.program_id = ${program.id}`);
    expect(stored).toHaveLength(2);
    for (const { row } of stored) expect(row).not.toContain("203.0.113");
  });
});

describe("GET /i/{code}.gif", () => {
  it("answers a GIF and counts the impression with its creative", async () => {
    const { link } = await partnerLink();
    const creative = randomUUID();
    const answer = await request(ingest.port, `/i/${link.code}.gif?c=${creative}`);
    expect(answer.status).toBe(200);
    expect(answer.headers["content-type"]).toBe("image/gif");
    expect(answer.headers["cache-control"]).toContain("no-store");
    expect(answer.body.subarray(0, 6).toString()).toBe("GIF89a");
    await request(ingest.port, `/i/${link.code}?c=not-a-uuid`);

    const rows = await db.select().from(impressions).where(eq(impressions.linkId, link.id));
    expect(rows.map((row) => row.creativeId).sort()).toEqual([creative, null].sort());
    expect(rows.every((row) => row.billable && row.ipHash.length === 32)).toBe(true);
  });

  it("does not count bots, HEAD requests or unknown codes, and never breaks the page", async () => {
    const { link } = await partnerLink();
    const bot = await request(ingest.port, `/i/${link.code}.gif`, {
      headers: { "user-agent": "Twitterbot/1.0" },
    });
    const head = await request(ingest.port, `/i/${link.code}.gif`, { method: "HEAD" });
    const unknown = await request(ingest.port, "/i/NoSuchCode1.gif");
    for (const answer of [bot, head, unknown]) {
      expect(answer.status).toBe(200);
      expect(answer.headers["content-type"]).toBe("image/gif");
    }
    const [counted] = await db
      .select({ n: count() })
      .from(impressions)
      .where(eq(impressions.linkId, link.id));
    expect(counted?.n).toBe(0);
  });
});

describe("rollups", () => {
  it("equal the raw events, hourly per link and daily per partner", async () => {
    const { program, enrollment, link } = await partnerLink();
    const second = await makeLink(program.id, enrollment.id);
    const visits = [
      [link.code, "198.51.100.1"],
      [link.code, "198.51.100.1"],
      [link.code, "198.51.100.2"],
      [second.code, "198.51.100.1"],
    ] as const;
    await Promise.all(
      visits.map(([code, ip]) =>
        request(ingest.port, `/r/${code}`, { headers: { "x-forwarded-for": ip } }),
      ),
    );
    await Promise.all([1, 2, 3].map(() => request(ingest.port, `/i/${second.code}.gif`)));

    const raw = await db
      .select({
        linkId: clicks.linkId,
        clicks: count(),
        unique: sql<number>`count(*) filter (where ${clicks.isUnique})::int`,
      })
      .from(clicks)
      .where(eq(clicks.programId, program.id))
      .groupBy(clicks.linkId);
    const hourly = await db.select().from(statsHourly).where(eq(statsHourly.programId, program.id));
    for (const row of raw) {
      const rollup = hourly.filter((h) => h.linkId === row.linkId);
      expect(rollup).toHaveLength(1);
      expect(rollup[0]).toMatchObject({
        clicks: row.clicks,
        uniqueClicks: row.unique,
        paidClicks: row.unique,
      });
    }
    expect(raw.find((row) => row.linkId === link.id)).toMatchObject({ clicks: 3, unique: 2 });
    expect(hourly.find((h) => h.linkId === second.id)).toMatchObject({
      impressions: 3,
      paidImpressions: 3,
    });

    const [daily] = await db
      .select()
      .from(statsDaily)
      .where(and(eq(statsDaily.programId, program.id), eq(statsDaily.enrollmentId, enrollment.id)));
    expect(daily).toMatchObject({
      clicks: 4,
      uniqueClicks: 3,
      paidClicks: 3,
      impressions: 3,
      paidImpressions: 3,
    });
  });
});

describe("other paths", () => {
  it("answers health, API misses as JSON and wrong methods with 405", async () => {
    const health = await request(ingest.port, "/health");
    expect([health.status, health.body.toString()]).toEqual([200, "ok"]);

    const api = await request(ingest.port, "/api/v1/nothing");
    expect(api.status).toBe(404);
    expect(JSON.parse(api.body.toString())).toEqual({
      error: { code: "not_found", message: "No such endpoint." },
    });

    const post = await request(ingest.port, "/r/abc", { method: "POST" });
    expect(post.status).toBe(405);
    expect(post.headers.allow).toBe("GET, HEAD");

    const page = await request(ingest.port, "/wp-login.php");
    expect(page.status).toBe(404);
    expect(page.headers["content-type"]).toContain("text/html");
  });

  it("serves the OpenAPI document", async () => {
    const answer = await request(ingest.port, "/api/openapi.json");
    expect(answer.status).toBe(200);
    expect(JSON.parse(answer.body.toString())).toHaveProperty("openapi");
  });
});
