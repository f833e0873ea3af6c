/**
 * Plays the planned history day by day through the production services: conversions and
 * refunds at their moments (so holds start when the sale happened), then what the worker does
 * after each day — settle CPC/CPV of the closed day, approve what is due — and a hook for the
 * manager's payout run on the day it happened.
 */
import { sql } from "drizzle-orm";
import type { Db } from "~/server/db/client";
import {
  conversionInputSchema,
  refundInputSchema,
} from "~/server/services/conversions/conversion-input";
import { recordConversion } from "~/server/services/conversions/record-conversion";
import { recordRefund } from "~/server/services/conversions/record-refund";
import { approveDueEntries } from "~/server/services/ledger/approve-due";
import { settleTraffic } from "~/server/services/ledger/settle-traffic";
import type { Program } from "~/server/services/program";
import type { DemoPartner } from "./demo-partners";
import type { Candidate, DemoEvent } from "./demo-sales-plan";
import { arrayLiteral, unitFrom } from "./demo-sql";
import { HISTORY_DAYS, historyDayStart } from "./demo-traffic-plan";
import { DAY_MS } from "~/lib/dates";

/** Share of a partner's unique clicks that buy or sign up, before their audience's quality. */
const BASE_CONVERSION_RATE = 0.007;

/** Unique clicks that lead to a conversion, drawn from the stored clicks, oldest first. */
export async function conversionCandidates(
  db: Db,
  programId: string,
  partners: readonly DemoPartner[],
): Promise<Candidate[]> {
  const rows = await db.execute<{
    id: string;
    occurred_at: string;
    enrollment_id: string;
    country: string | null;
  }>(sql`
    select c.id, c.occurred_at, c.enrollment_id, c.country
    from clicks c
    join unnest(
      ${arrayLiteral(partners.map((p) => p.enrollmentId))}::uuid[],
      ${arrayLiteral(partners.map((p) => Math.min(0.05, BASE_CONVERSION_RATE * p.quality)))}::float8[]
    ) as q(enrollment_id, rate) on q.enrollment_id = c.enrollment_id
    where c.program_id = ${programId}::uuid and c.is_unique
      and ${unitFrom(sql`c.id || 'conversion'`)} < q.rate
    order by c.occurred_at, c.id`);
  return [...rows].map((row) => ({
    id: row.id,
    occurredAt: new Date(row.occurred_at),
    enrollmentId: row.enrollment_id,
    country: row.country,
  }));
}

/**
 * Events of one day run in LANES concurrent lanes (the seed's pool has two connections). A
 * partner's events always share a lane and keep their order, so a returning customer's repeat
 * purchase and a refund always come after the sale they depend on.
 */
const LANES = 2;

export async function replayHistory(
  db: Db,
  program: Program,
  events: readonly DemoEvent[],
  options: { now: Date; hooks: ReadonlyMap<number, (at: Date) => Promise<void>> },
): Promise<void> {
  const { now } = options;
  const conversionIds = new Map<string, string>();
  const play = async (lane: readonly DemoEvent[]) => {
    for (const event of lane) await playEvent({ db, program }, event, conversionIds);
  };
  let next = 0;
  for (let index = 0; index < HISTORY_DAYS; index++) {
    const end = historyDayStart(now, index).getTime() + DAY_MS;
    const lanes: DemoEvent[][] = Array.from({ length: LANES }, () => []);
    for (; next < events.length && events[next]!.at.getTime() < end; next++) {
      const event = events[next]!;
      lanes[laneOf(event.owner)]!.push(event);
    }
    await Promise.all(lanes.map(play));
    if (end > now.getTime()) break;
    // The worker's nightly run settles the closed day; its minutely run approves what is due.
    await settleTraffic(db, historyDayStart(now, index).toISOString().slice(0, 10), {
      now,
      programId: program.id,
    });
    const at = new Date(Math.min(end + 10 * 60_000, now.getTime()));
    await approveDueEntries(db, at, { programId: program.id });
    await options.hooks.get(index)?.(at);
  }
  await approveDueEntries(db, now, { programId: program.id });
}

async function playEvent(
  ctx: { db: Db; program: Program },
  event: DemoEvent,
  conversionIds: Map<string, string>,
): Promise<void> {
  if (event.kind === "conversion") {
    const input = conversionInputSchema.parse(event.body);
    const { conversion } = await recordConversion(ctx, input, event.at);
    conversionIds.set(event.body.external_id, conversion.id);
    return;
  }
  const conversionId = conversionIds.get(event.externalId);
  if (!conversionId) throw new Error(`refund of an unknown sale ${event.externalId}`);
  const input = refundInputSchema.parse({ refund_id: event.refundId, amount: event.amount });
  await recordRefund(ctx, conversionId, input, event.at);
}

function laneOf(owner: string): number {
  let hash = 0;
  for (let i = 0; i < owner.length; i++) hash = (hash * 31 + owner.charCodeAt(i)) >>> 0;
  return hash % LANES;
}
