/**
 * The daily sub-id rollup (stats_subid_daily) against the raw events, written through the real
 * writers: the ingest server for clicks, recordConversion / recordRefund / reviewConversion for
 * money. The rollup must equal what the raw rows say, per sub-id and day.
 */
import { randomUUID } from "node:crypto";
import { eq, sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { programs } from "~/server/db/schema/index";
import { recordConversion } from "~/server/services/conversions/record-conversion";
import { recordRefund } from "~/server/services/conversions/record-refund";
import { reviewConversion } from "~/server/services/conversions/review-conversion";
import { EventBatch, recordEvents } from "~/server/tracking/record-events";
import { db, testDb } from "../../support/db";
import { makePartner, makeProgram } from "../../support/factories";
import { addPromoCode, addRule, programWithKey } from "../conversions/fixtures";
import { makeLink, request, startIngest } from "../ingest/fixtures";

type SubIdRow = {
  sub_id: string;
  day: string;
  clicks: number;
  unique_clicks: number;
  conversions: number;
  revenue: string;
  commission: string;
};

/** What the rollup holds for a partner, per sub-id and day. */
const rollup = async (enrollmentId: string) => [
  ...(await db.execute<SubIdRow>(sql`
    select sub_id, day::text as day, clicks, unique_clicks, conversions, revenue::text as revenue,
      commission::text as commission
    from stats_subid_daily where enrollment_id = ${enrollmentId} order by 1, 2`)),
];

/** The rollup summed per sub-id over its days (a test may run across midnight). */
const perSubId = async (enrollmentId: string) => [
  ...(await db.execute<Omit<SubIdRow, "day">>(sql`
    select sub_id, sum(clicks)::int as clicks, sum(unique_clicks)::int as unique_clicks,
      sum(conversions)::int as conversions, sum(revenue)::text as revenue,
      sum(commission)::text as commission
    from stats_subid_daily where enrollment_id = ${enrollmentId} group by 1 order by 1`)),
];

/**
 * The same figures from the raw rows: clicks by their stored (effective) sub-id, conversions by
 * the sub-id of their attributed click on the conversion's day, gross sale amounts, and the
 * partner's level-0 ledger entries net of every correction.
 */
const fromRawEvents = async (enrollmentId: string) => [
  ...(await db.execute<SubIdRow>(sql`
    with e as (
      select sub_id, (occurred_at at time zone 'UTC')::date as day, 1 as clicks,
        is_unique::int as uniq, 0 as conv, 0::bigint as rev, 0::bigint as com
      from clicks where enrollment_id = ${enrollmentId} and sub_id is not null
      union all
      select k.sub_id, (c.occurred_at at time zone 'UTC')::date, 0, 0, 1,
        case when c.type = 'sale' then c.amount else 0 end,
        (select coalesce(sum(l.amount), 0) from ledger_entries l
          where l.conversion_id = c.id and l.enrollment_id = c.enrollment_id and l.level = 0)
      from conversions c join clicks k on k.id = c.click_id and k.program_id = c.program_id
      where c.enrollment_id = ${enrollmentId} and c.attribution = 'click' and k.sub_id is not null
    )
    select sub_id, day::text as day, sum(clicks)::int as clicks, sum(uniq)::int as unique_clicks,
      sum(conv)::int as conversions, sum(rev)::text as revenue, sum(com)::text as commission
    from e group by 1, 2 order by 1, 2`)),
];

describe("clicks through the ingest server", () => {
  let ingest: Awaited<ReturnType<typeof startIngest>>;
  beforeAll(async () => {
    ingest = await startIngest({ proxyHops: 1 });
  });
  afterAll(() => ingest.close());

  it("counts each click under its own sub-id, else its link's, and skips clicks with none", async () => {
    const { program } = await makeProgram();
    const { enrollment } = await makePartner(program.id);
    const labelled = await makeLink(program.id, enrollment.id, { subId: "sidebar" });
    const plain = await makeLink(program.id, enrollment.id);
    const visitor = { "x-forwarded-for": "198.51.100.7" };
    for (const path of [
      `/r/${labelled.code}`,
      `/r/${labelled.code}`, // the same visitor again: not unique
      `/r/${labelled.code}?sub=spring`, // the visit's own sub-id wins over the link's
      `/r/${plain.code}`, // no sub-id at all: only the per-link rollups count it
      `/r/${plain.code}?sub1=spring`,
    ]) {
      expect((await request(ingest.port, path, { headers: visitor })).status).toBe(302);
    }

    const rows = await perSubId(enrollment.id);
    expect(
      rows.map(({ sub_id, clicks, unique_clicks }) => [sub_id, clicks, unique_clicks]),
    ).toEqual([
      ["sidebar", 2, 1],
      // Both were repeat visits of the same visitor on their link: not unique.
      ["spring", 2, 0],
    ]);
    expect(await rollup(enrollment.id)).toEqual(await fromRawEvents(enrollment.id));
  });
});

describe("conversions, refunds and review decisions", () => {
  it("move the sub-id rollup exactly as the ledger moves", async () => {
    const setup = await programWithKey();
    const { program } = setup;
    await addRule(program.id, { rateBps: 1000 });
    await addRule(program.id, { event: "lead", basis: "flat", rateBps: null, amount: 200n });
    const { enrollment } = await makePartner(program.id);
    const link = await makeLink(program.id, enrollment.id, { subId: "newsletter" });
    await addPromoCode(program.id, enrollment.id, `SUB${randomUUID().slice(0, 6).toUpperCase()}`);

    // Clicks as the ingest server hands them over: the sub-id already decided.
    const click = async (subId: string, agoMs: number) => {
      const id = `k${randomUUID().replaceAll("-", "").slice(0, 20)}`;
      const batch = new EventBatch();
      batch.push({
        kind: "click",
        id,
        occurredAt: Date.now() - agoMs,
        programId: program.id,
        linkId: link.id,
        enrollmentId: enrollment.id,
        billable: true,
        isUnique: true,
        ipHash: randomUUID(),
        country: null,
        subId,
      });
      await recordEvents(testDb.sql, batch);
      return id;
    };
    const ctx = { db, program };
    const newsletterClick = await click("newsletter", 3_600_000);
    const sale = await recordConversion(ctx, {
      type: "sale",
      external_id: "order-1",
      amount: 10_000,
      currency: "EUR",
      click_id: newsletterClick,
    });
    await recordConversion(ctx, {
      type: "lead",
      external_id: "lead-1",
      currency: "EUR",
      click_id: newsletterClick,
    });
    let [row] = await perSubId(enrollment.id);
    expect(row).toMatchObject({
      sub_id: "newsletter",
      clicks: 1,
      conversions: 2,
      revenue: "10000",
      commission: "1200",
    });

    // A partial refund takes back commission; revenue stays gross, as in stats_daily.
    await recordRefund(ctx, sale.conversion.id, { refund_id: "refund-1", amount: 4_000 });
    [row] = await perSubId(enrollment.id);
    expect(row).toMatchObject({ conversions: 2, revenue: "10000", commission: "800" });

    // A promo-code sale has no click, so no sub-id: the sub-id rollup does not change.
    await recordConversion(ctx, {
      type: "sale",
      external_id: "order-promo",
      amount: 5_000,
      currency: "EUR",
      promo_code: (
        await db.execute<{ code: string }>(
          sql`select code from promo_codes where enrollment_id = ${enrollment.id}`,
        )
      )[0]!.code,
    });
    expect(await perSubId(enrollment.id)).toHaveLength(1);

    // A sale seconds after its click is held for review; rejecting it reverses the commission.
    const [updated] = await db
      .update(programs)
      .set({ minClickToSaleSeconds: 600 })
      .where(eq(programs.id, program.id))
      .returning();
    const fast = await recordConversion(
      { db, program: updated! },
      {
        type: "sale",
        external_id: "order-fast",
        amount: 2_000,
        currency: "EUR",
        click_id: await click("video", 5_000),
      },
    );
    expect(fast.conversion.review_status).toBe("flagged");
    expect((await perSubId(enrollment.id)).find((r) => r.sub_id === "video")).toMatchObject({
      conversions: 1,
      commission: "200",
    });
    await reviewConversion(
      { db, userId: setup.manager.id, program: updated! },
      { conversionId: fast.conversion.id, decision: "reject" },
    );
    expect((await perSubId(enrollment.id)).find((r) => r.sub_id === "video")).toMatchObject({
      clicks: 1,
      conversions: 1,
      revenue: "2000",
      commission: "0",
    });

    expect(await rollup(enrollment.id)).toEqual(await fromRawEvents(enrollment.id));
  });
});
