/**
 * CSV exports of the console's tables through the route handler itself: every page streamed,
 * rows equal to the list service's, spreadsheet formulas neutralised, strangers refused.
 */
import { randomUUID } from "node:crypto";
import { and, eq } from "drizzle-orm";
import { beforeAll, describe, expect, inject, it, vi } from "vitest";
import { auditLog, conversions } from "~/server/db/schema/index";
import { listConversions } from "~/server/services/conversions/list-conversions";
import { db } from "../../support/db";
import { makePartner, makeProgram, makeUser } from "../../support/factories";
import { analyticsProgram } from "../stats/fixtures";

// The session is the only thing not real here: who is signed in for each request.
const session = vi.hoisted(() => ({ userId: null as string | null }));
vi.mock("~/server/auth/session", () => ({ currentUserId: async () => session.userId }));
process.env.DATABASE_URL = inject("databaseUrl");
const { POST } = await import("~/app/api/manage/[slug]/export/[table]/route");

/** As the page's export button sends it: a same-origin form POST. */
async function download(userId: string | null, slug: string, table: string, query = "") {
  session.userId = userId;
  const request = new Request(`http://localhost/api/manage/${slug}/export/${table}${query}`, {
    method: "POST",
    headers: { "accept-language": "en", "sec-fetch-site": "same-origin" },
  });
  return POST(request, { params: Promise.resolve({ slug, table }) });
}

/** RFC 4180, as a spreadsheet reads it: quoted cells may hold commas, quotes and newlines. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = "";
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const char = text[i]!;
    if (quoted) {
      if (char === '"' && text[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (char === '"') quoted = false;
      else cell += char;
    } else if (char === '"') quoted = true;
    else if (char === ",") {
      row.push(cell);
      cell = "";
    } else if (char === "\r" && text[i + 1] === "\n") {
      row.push(cell);
      rows.push(row);
      row = [];
      cell = "";
      i++;
    } else cell += char;
  }
  expect(cell === "" && row.length === 0, "ends with a complete line").toBe(true);
  return rows;
}

async function csvOf(response: Response) {
  expect(response.status).toBe(200);
  expect(response.headers.get("content-type")).toBe("text/csv; charset=utf-8");
  const bytes = new Uint8Array(await response.arrayBuffer());
  expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]); // UTF-8 byte-order mark
  return parseCsv(new TextDecoder().decode(bytes.slice(3)));
}

describe("conversions export", () => {
  let fx: Awaited<ReturnType<typeof makeProgram>>;
  let partnerId: string;
  beforeAll(async () => {
    fx = await makeProgram();
    const partner = await makePartner(fx.program.id);
    partnerId = partner.user.id;
    // 230 conversions (three pages of the list service), one with a formula for an order id.
    const base = Date.now() - 3_600_000;
    await db.insert(conversions).values(
      Array.from({ length: 230 }, (_, n) => ({
        programId: fx.program.id,
        type: n % 10 === 0 ? ("lead" as const) : ("sale" as const),
        externalId: n === 7 ? "=cmd|' /C calc'!A0" : `order-${n}`,
        amount: n % 10 === 0 ? null : BigInt(1_000 + n),
        currency: "EUR",
        enrollmentId: partner.enrollment.id,
        attribution: "promo_code" as const,
        // Several share an instant: the keyset pages must still neither skip nor repeat.
        occurredAt: new Date(base - Math.floor(n / 3) * 1_000),
        requestHash: randomUUID(),
      })),
    );
  });

  it("streams every page, the rows equal to the list service's items", async () => {
    const response = await download(fx.manager.id, fx.program.slug, "conversions");
    expect(response.headers.get("content-disposition")).toMatch(
      new RegExp(
        `^attachment; filename="conversions-${fx.program.slug}-\\d{4}-\\d{2}-\\d{2}\\.csv"$`,
      ),
    );
    expect(response.headers.get("cache-control")).toBe("no-store");
    const [header, ...rows] = await csvOf(response);
    expect(header).toEqual([
      "conversion_id",
      "occurred_at",
      "type",
      "action_key",
      "external_id",
      "partner_name",
      "partner_email",
      "attribution",
      "amount",
      "refunded",
      "commission",
      "commission_net",
      "currency",
      "review_status",
      "fraud_flags",
    ]);

    const ctx = { db, userId: fx.manager.id, program: fx.program };
    const items = [];
    let cursor: string | undefined;
    do {
      const page = await listConversions(ctx, { cursor, limit: 100 });
      items.push(...page.items);
      cursor = page.nextCursor ?? undefined;
    } while (cursor);
    expect(items).toHaveLength(230);
    expect(rows).toHaveLength(230);
    expect(rows.map((row) => row[0])).toEqual(items.map((item) => item.id));
    const sample = items.findIndex((item) => item.externalId === "order-5");
    expect(rows[sample]).toEqual([
      items[sample]!.id,
      items[sample]!.occurredAt.toISOString(),
      "sale",
      "",
      "order-5",
      "Test Person",
      items[sample]!.partnerEmail,
      "promo_code",
      "10.05",
      "0.00",
      "0.00",
      "0.00",
      "EUR",
      "none",
      "",
    ]);
    // Opened in a spreadsheet, the order id is text, not a formula.
    const formula = rows.find((row) => row[4]?.includes("calc"));
    expect(formula?.[4]).toBe("'=cmd|' /C calc'!A0");

    const [audit] = await db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.programId, fx.program.id), eq(auditLog.action, "export.downloaded")));
    expect(audit).toMatchObject({ actorId: fx.manager.id, targetId: "conversions" });
  });

  it("applies the page's filters", async () => {
    const [, ...rows] = await csvOf(
      await download(fx.manager.id, fx.program.slug, "conversions", "?type=lead&review=bogus"),
    );
    expect(rows).toHaveLength(23);
    expect(new Set(rows.map((row) => row[2]))).toEqual(new Set(["lead"]));
  });

  it("is a 404 for strangers and unknown tables, a 401 without a session", async () => {
    const other = await makeProgram();
    const outsider = await makeUser();
    for (const userId of [other.manager.id, partnerId, outsider.id]) {
      const response = await download(userId, fx.program.slug, "conversions");
      expect(response.status).toBe(404);
      expect(await response.text()).not.toContain("order-");
    }
    // Another program's manager asking for their own slug gets their own (empty) data only.
    const own = await csvOf(await download(other.manager.id, other.program.slug, "conversions"));
    expect(own).toHaveLength(1);
    expect((await download(fx.manager.id, fx.program.slug, "secrets")).status).toBe(404);
    expect((await download(fx.manager.id, fx.program.slug, "__proto__")).status).toBe(404);
    expect((await download(fx.manager.id, "no-such-program", "conversions")).status).toBe(404);
    expect((await download(null, fx.program.slug, "conversions")).status).toBe(401);
  });
});

describe("analytics, payouts, partners and audit exports", () => {
  let fx: Awaited<ReturnType<typeof analyticsProgram>>;
  let query: string;
  beforeAll(async () => {
    fx = await analyticsProgram();
    query = `?range=custom&from=${fx.period.from}&to=${fx.period.to}`;
  });

  it("exports the daily series and the top tables for the page's period", async () => {
    const daily = await download(fx.manager.id, fx.program.slug, "daily", query);
    expect(daily.headers.get("content-disposition")).toBe(
      `attachment; filename="daily-${fx.program.slug}-${fx.period.from}_${fx.period.to}.csv"`,
    );
    const [header, ...days] = await csvOf(daily);
    expect(header?.slice(0, 6)).toEqual([
      "day",
      "clicks",
      "unique_clicks",
      "conversions",
      "sales",
      "revenue",
    ]);
    expect(days).toHaveLength(7);
    expect(days.find((row) => row[0] === fx.yesterday)).toEqual([
      fx.yesterday,
      "5",
      "4",
      "4",
      "3",
      "180.00",
      "150.00",
      "10.00",
      "17.00",
      "EUR",
    ]);

    const [, ...partners] = await csvOf(
      await download(fx.manager.id, fx.program.slug, "top-partners", `${query}&metric=clicks`),
    );
    expect(partners.map((row) => [row[0], row[2], row[3], row[4]])).toEqual([
      ["1", fx.alice.user.email, "clicks", "3"],
      ["2", fx.bob.user.email, "clicks", "2"],
    ]);

    const [, ...links] = await csvOf(
      await download(fx.manager.id, fx.program.slug, "top-links", query),
    );
    expect(links.map((row) => row[0])).toEqual([fx.linkA.code, fx.linkB.code]);

    const [creativeHeader, ...creatives] = await csvOf(
      await download(fx.manager.id, fx.program.slug, "top-creatives", query),
    );
    expect(creatives).toHaveLength(1);
    const name = creatives[0]![creativeHeader!.indexOf("name")];
    expect(name).toBe(`'=HYPERLINK("http://evil.example")`);
    expect(creatives[0]![creativeHeader!.indexOf("ctr")]).toBe("0.5000");

    const invalid = await download(
      fx.manager.id,
      fx.program.slug,
      "daily",
      "?range=custom&from=2025-02-01&to=2025-01-01",
    );
    expect(invalid.status).toBe(400);
  });

  it("exports payouts, approved partners and the audit log", async () => {
    const [payoutHeader, ...payouts] = await csvOf(
      await download(fx.manager.id, fx.program.slug, "payouts", "?status=all"),
    );
    expect(payouts).toHaveLength(1);
    expect(payouts[0]![payoutHeader!.indexOf("amount")]).toBe("7.00");
    expect(payouts[0]![payoutHeader!.indexOf("status")]).toBe("paid");
    const requested = await csvOf(
      await download(fx.manager.id, fx.program.slug, "payouts", "?status=requested"),
    );
    expect(requested).toHaveLength(1);

    const [, ...partners] = await csvOf(await download(fx.manager.id, fx.program.slug, "partners"));
    expect(partners.map((row) => row[2]).sort()).toEqual(
      [fx.alice.user.email, fx.bob.user.email, fx.carol.user.email].sort(),
    );

    const [auditHeader, ...audit] = await csvOf(
      await download(fx.manager.id, fx.program.slug, "audit"),
    );
    const actions = audit.map((row) => row[auditHeader!.indexOf("action")]);
    expect(actions).toContain("export.downloaded");
    expect(actions).toContain("program.created");

    // The audit page's search applies to its export.
    const [, ...exports] = await csvOf(
      await download(fx.manager.id, fx.program.slug, "audit", "?action=export.downloaded"),
    );
    expect(exports.length).toBeGreaterThan(0);
    expect(new Set(exports.map((row) => row[auditHeader!.indexOf("action")]))).toEqual(
      new Set(["export.downloaded"]),
    );
  });
});
