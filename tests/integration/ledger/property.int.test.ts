/**
 * Property-based test of the money engine (C1–C4): random sequences of conversions, exact
 * duplicates, partial, full, repeated and excessive refunds, clock advances, approvals, payout
 * requests, payments (one by one, or a "payday" that approves and pays everyone eligible), fraud
 * reviews and refunds after payment (clawbacks), run through the real services on one fresh
 * program per run, with a virtual clock passed to them. A reference model written here with
 * plain arithmetic (it does not call the commission code) predicts every outcome, and after
 * every step:
 * - each partner's pending / available / in-payout / paid balance from the balance service
 *   equals the model's;
 * - the entries of every conversion add up to the model's amount;
 * - no entry ever changes anything but its status (forward only) and its payout;
 * - an entry is approved only by an approval run whose virtual `now` is at or past its
 *   hold_until, never while its conversion is flagged or rejected, and paid only by a payment;
 * and at the end of a run ledger_events holds exactly each entry's status history.
 *
 * fast-check prints the seed and the shrunk sequence of operations when it fails; replay with
 * LEDGER_SEED=<seed> (and LEDGER_RUNS=<n> to run more or fewer sequences).
 */
import { asc, eq } from "drizzle-orm";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  commissionRules,
  ledgerEntries,
  ledgerEvents,
  programs,
  promoCodes,
} from "~/server/db/schema/index";
import type { ConversionInput, RefundInput } from "~/server/services/conversions/conversion-input";
import { recordConversion } from "~/server/services/conversions/record-conversion";
import { recordRefund } from "~/server/services/conversions/record-refund";
import { reviewConversion } from "~/server/services/conversions/review-conversion";
import { approveDueEntries } from "~/server/services/ledger/approve-due";
import { balancesFor } from "~/server/services/ledger/balances";
import { markPayoutPaid } from "~/server/services/payouts/mark-paid";
import { partnerContext } from "~/server/services/enrollments/resolve-enrollment";
import { requestPayout } from "~/server/services/payouts/request-payout";
import { savePayoutDetails } from "~/server/services/payouts/save-details";
import type { Program } from "~/server/services/program";
import { db } from "../../support/db";
import { makePartner, makeProgram } from "../../support/factories";
import { DAY_MS, HOUR_MS } from "~/lib/dates";

process.env.TRACKING_SECRET ??= "integration-test-tracking-secret";

const PARTNERS = 4;
const SALE_RATE_BPS = 1000n; // 10% of the sale
const LEAD_AMOUNT = 250n; // flat per lead
const OVERRIDE_BPS = [1000, 500]; // of the seller's commission: 10% to level 1, 5% to level 2

/** n / d rounded half up, for n >= 0: the engine's stated rounding rule. */
const halfUp = (n: bigint, d: bigint) => (2n * n + d) / (2n * d);

// ---------------------------------------------------------------- the reference model

type Status = "pending" | "approved" | "paid";
type Review = "none" | "flagged" | "cleared" | "rejected";
type MConversion = {
  id: string;
  input: ConversionInput;
  type: "sale" | "lead";
  amount: bigint;
  review: Review;
  refunded: bigint;
  positives: MEntry[];
};
type MEntry = {
  partner: number;
  level: number;
  amount: bigint;
  status: Status;
  holdUntil: number;
  payout: MPayout | null;
  conversion: MConversion;
  /** For commissions and overrides: how much reversals and clawbacks took back so far. */
  takenBack: bigint;
};
type MPayout = { id: string; partner: number; paid: boolean };
type Model = {
  now: number;
  holdDays: number;
  threshold: bigint;
  referrers: (number | null)[];
  hasDetails: boolean[];
  entries: MEntry[];
  conversions: MConversion[];
  refunds: { conversion: MConversion; input: RefundInput }[];
  payouts: MPayout[];
};

/** Commission to the seller; for sales, overrides to the recruiters one and two levels up. */
function expectedCommissions(model: Model, type: "sale" | "lead", amount: bigint, seller: number) {
  if (type === "lead") return [{ partner: seller, level: 0, amount: LEAD_AMOUNT }];
  const direct = halfUp(amount * SALE_RATE_BPS, 10_000n);
  if (direct === 0n) return [];
  const upline: number[] = [];
  for (let p = model.referrers[seller] ?? null; p !== null && upline.length < 2;) {
    upline.push(p);
    p = model.referrers[p] ?? null;
  }
  const result = [{ partner: seller, level: 0, amount: direct }];
  const [first, second] = upline;
  if (first !== undefined && second === undefined) {
    result.push({ partner: first, level: 1, amount: halfUp(direct * 1000n, 10_000n) });
  } else if (first !== undefined && second !== undefined) {
    // The overrides' total is rounded once and split 2:1; the odd unit goes to the larger
    // remainder, which makes level 2's share a third of the total rounded to the nearest unit.
    const total = halfUp(direct * 1500n, 10_000n);
    const share2 = halfUp(total, 3n);
    result.push(
      { partner: first, level: 1, amount: total - share2 },
      { partner: second, level: 2, amount: share2 },
    );
  }
  return result.filter((entry) => entry.amount > 0n);
}

/** Takes `amount` back from a positive entry: a reversal, or a clawback once it was paid. */
function takeBack(model: Model, entry: MEntry, amount: bigint, stats: Stats) {
  if (amount <= 0n) return;
  const paid = entry.status === "paid";
  model.entries.push({
    partner: entry.partner,
    level: entry.level,
    amount: -amount,
    status: paid ? "approved" : entry.status,
    holdUntil: paid ? model.now : entry.holdUntil,
    payout: null,
    conversion: entry.conversion,
    takenBack: 0n,
  });
  entry.takenBack += amount;
  if (paid) stats.clawbacks++;
}

function balanceOfPartner(model: Model, partner: number) {
  const balance = { pending: 0n, held: 0n, available: 0n, inPayout: 0n, paid: 0n };
  for (const entry of model.entries) {
    if (entry.partner !== partner) continue;
    if (entry.status === "pending") balance.pending += entry.amount;
    else if (entry.status === "paid") balance.paid += entry.amount;
    else if (entry.payout) balance.inPayout += entry.amount;
    else balance.available += entry.amount;
    // Held for review: the pending part whose conversion is flagged.
    if (entry.status === "pending" && entry.conversion.review === "flagged") {
      balance.held += entry.amount;
    }
  }
  return balance;
}

const openPayoutOf = (model: Model, partner: number) =>
  model.payouts.find((payout) => payout.partner === partner && !payout.paid);

/** Why a payout request must be refused now (the error key), or null when it must succeed. */
function payoutRefusal(model: Model, partner: number): string | null {
  const available = balanceOfPartner(model, partner).available;
  if (openPayoutOf(model, partner)) return "payoutAlreadyRequested";
  if (available <= 0n) return "payoutNothingToPay";
  if (available < model.threshold) return "payoutBelowThreshold";
  if (!model.hasDetails[partner]) return "payoutDetailsMissing";
  return null;
}

// ---------------------------------------------------------------- operations

type Op =
  | {
      kind: "conversion";
      type: "sale" | "lead";
      amount: number;
      partner: number | null;
      selfReferral: boolean;
    }
  | { kind: "duplicate"; pick: number }
  /** `afterPayment`: a sale with a paid commission if there is one (a clawback). */
  | {
      kind: "refund";
      pick: number;
      share: number;
      mode: "part" | "full" | "over";
      afterPayment: boolean;
    }
  | { kind: "repeatRefund"; pick: number; alter: boolean }
  | { kind: "advance"; hours: number }
  | { kind: "toHold"; offsetMs: -1 | 0 }
  | { kind: "approve" }
  /** `anyone`: any partner; otherwise one with something available, to reach payouts often. */
  | { kind: "request"; partner: number; anyone: boolean }
  | { kind: "markPaid"; pick: number }
  /** Approve, then every partner who may request a payout does and is paid at once. */
  | { kind: "payday" }
  | { kind: "review"; pick: number; decision: "clear" | "reject" };

const opArb: fc.Arbitrary<Op> = fc.oneof(
  {
    weight: 5,
    arbitrary: fc.record({
      kind: fc.constant("conversion" as const),
      type: fc.constantFrom("sale" as const, "sale" as const, "lead" as const),
      // Small amounts exercise the rounding, large ones the sums.
      amount: fc.oneof(
        { weight: 1, arbitrary: fc.integer({ min: 0, max: 150 }) },
        { weight: 3, arbitrary: fc.integer({ min: 151, max: 5_000_000 }) },
      ),
      partner: fc.option(fc.nat({ max: PARTNERS - 1 }), { freq: 6 }),
      selfReferral: fc.nat({ max: 3 }).map((n) => n === 0),
    }),
  },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant("duplicate" as const), pick: fc.nat() }) },
  {
    weight: 4,
    arbitrary: fc.record({
      kind: fc.constant("refund" as const),
      pick: fc.nat(),
      share: fc.nat(),
      mode: fc.constantFrom("part" as const, "part" as const, "full" as const, "over" as const),
      afterPayment: fc.nat({ max: 2 }).map((n) => n === 0),
    }),
  },
  {
    weight: 1,
    arbitrary: fc.record({
      kind: fc.constant("repeatRefund" as const),
      pick: fc.nat(),
      alter: fc.boolean(),
    }),
  },
  {
    weight: 3,
    arbitrary: fc.record({
      kind: fc.constant("advance" as const),
      hours: fc.oneof(fc.integer({ min: 0, max: 48 }), fc.integer({ min: 300, max: 400 })),
    }),
  },
  {
    weight: 2,
    arbitrary: fc.record({
      kind: fc.constant("toHold" as const),
      offsetMs: fc.constantFrom(-1 as const, 0 as const),
    }),
  },
  { weight: 4, arbitrary: fc.constant({ kind: "approve" as const }) },
  {
    weight: 3,
    arbitrary: fc.record({
      kind: fc.constant("request" as const),
      partner: fc.nat({ max: PARTNERS - 1 }),
      anyone: fc.nat({ max: 3 }).map((n) => n === 0),
    }),
  },
  { weight: 3, arbitrary: fc.record({ kind: fc.constant("markPaid" as const), pick: fc.nat() }) },
  { weight: 2, arbitrary: fc.constant({ kind: "payday" as const }) },
  {
    weight: 2,
    arbitrary: fc.record({
      kind: fc.constant("review" as const),
      pick: fc.nat(),
      decision: fc.constantFrom("clear" as const, "reject" as const),
    }),
  },
);

const setupArb = fc.record({
  holdDays: fc.constantFrom(0, 1, 14),
  threshold: fc.constantFrom(0n, 100n, 5_000n),
  // Partner i may be recruited by an earlier one, so chains reach past the two paid levels.
  referrers: fc.tuple(
    fc.constant(null),
    fc.option(fc.constant(0), { freq: 4 }),
    fc.option(fc.nat({ max: 1 }), { freq: 4 }),
    fc.option(fc.nat({ max: 2 }), { freq: 4 }),
  ),
  hasDetails: fc.array(
    fc.nat({ max: 5 }).map((n) => n !== 0),
    { minLength: PARTNERS, maxLength: PARTNERS },
  ),
});
type Setup = {
  holdDays: number;
  threshold: bigint;
  referrers: (number | null)[];
  hasDetails: boolean[];
};

// ---------------------------------------------------------------- the real program

type World = Awaited<ReturnType<typeof buildWorld>>;

async function buildWorld(setup: Setup) {
  const made = await makeProgram({ holdPeriodDays: setup.holdDays });
  const [program] = await db
    .update(programs)
    .set({ overrideBps: OVERRIDE_BPS, payoutThreshold: setup.threshold })
    .where(eq(programs.id, made.program.id))
    .returning();
  await db.insert(commissionRules).values([
    {
      programId: made.program.id,
      name: "10% of sales",
      event: "sale",
      basis: "percent",
      rateBps: Number(SALE_RATE_BPS),
    },
    {
      programId: made.program.id,
      name: "per lead",
      event: "lead",
      basis: "flat",
      amount: LEAD_AMOUNT,
    },
  ]);
  const partners: { enrollmentId: string; userId: string; email: string; code: string }[] = [];
  for (let i = 0; i < PARTNERS; i++) {
    const recruiter = setup.referrers[i];
    const made = await makePartner(program!.id, {
      referredById: recruiter == null ? undefined : partners[recruiter]!.enrollmentId,
    });
    const code = `CODE${i}`;
    await db
      .insert(promoCodes)
      .values({ programId: program!.id, enrollmentId: made.enrollment.id, code });
    if (setup.hasDetails[i]) {
      await savePayoutDetails(
        { db, userId: made.user.id },
        { method: "paypal", paypalEmail: `partner${i}@example.com` },
      );
    }
    partners.push({
      enrollmentId: made.enrollment.id,
      userId: made.user.id,
      email: made.user.email,
      code,
    });
  }
  const manager = { db, userId: made.manager.id, program: program as Program };
  return {
    program: program as Program,
    manager,
    machine: { db, program: program as Program },
    partners,
  };
}

// ---------------------------------------------------------------- running one step

type Stats = {
  clawbacks: number;
  approvals: number;
  paid: number;
  refunds: number;
  rejects: number;
  requested: number;
};
/** What a step may legitimately do to existing entries, for the snapshot comparison. */
type StepEffect = { approvedAt?: number; paying?: boolean };

const pick = <T>(items: readonly T[], n: number): T | undefined =>
  items.length === 0 ? undefined : items[n % items.length];

async function runStep(world: World, model: Model, op: Op, stats: Stats): Promise<StepEffect> {
  const now = () => new Date(model.now);
  switch (op.kind) {
    case "conversion": {
      const seller = op.partner;
      const input: ConversionInput = {
        type: op.type,
        external_id: `order-${model.conversions.length}`,
        currency: world.program.currency,
        ...(op.type === "sale" ? { amount: op.amount } : {}),
        ...(seller === null ? {} : { promo_code: world.partners[seller]!.code }),
        ...(seller !== null && op.selfReferral ? { customer: world.partners[seller]!.email } : {}),
      };
      const result = await recordConversion(world.machine, input, now());
      expect(result.created).toBe(true);
      const conversion: MConversion = {
        id: result.conversion.id,
        input,
        type: op.type,
        amount: BigInt(input.amount ?? 0),
        review: seller !== null && op.selfReferral ? "flagged" : "none",
        refunded: 0n,
        positives: [],
      };
      expect(result.conversion.review_status).toBe(conversion.review);
      const expected =
        seller === null ? [] : expectedCommissions(model, op.type, conversion.amount, seller);
      for (const share of expected) {
        const entry: MEntry = {
          ...share,
          status: "pending",
          holdUntil: model.now + model.holdDays * DAY_MS,
          payout: null,
          conversion,
          takenBack: 0n,
        };
        conversion.positives.push(entry);
        model.entries.push(entry);
      }
      expect(result.conversion.commissions).toEqual(
        expected.map((share) => ({
          beneficiary: world.partners[share.partner]!.enrollmentId,
          level: share.level,
          amount: Number(share.amount),
          status: "pending",
        })),
      );
      model.conversions.push(conversion);
      return {};
    }
    case "duplicate": {
      const conversion = pick(model.conversions, op.pick);
      if (!conversion) return {};
      const again = await recordConversion(world.machine, conversion.input, now());
      expect(again).toMatchObject({ created: false, conversion: { id: conversion.id } });
      return {};
    }
    case "refund": {
      const sales = model.conversions.filter(
        (c) => c.type === "sale" && (op.mode === "over" || c.refunded < c.amount),
      );
      const paid = sales.filter((c) => c.positives.some((entry) => entry.status === "paid"));
      const conversion = (op.afterPayment && pick(paid, op.pick)) || pick(sales, op.pick);
      if (!conversion) return {};
      const left = conversion.amount - conversion.refunded;
      const amount =
        op.mode === "full"
          ? left
          : op.mode === "part"
            ? 1n + (BigInt(op.share) % left)
            : left + 1n + (BigInt(op.share) % 1000n);
      const input: RefundInput = {
        refund_id: `refund-${model.refunds.length}`,
        amount: Number(amount),
      };
      if (op.mode === "over") {
        await expect(
          recordRefund(world.machine, conversion.id, input, now()),
        ).rejects.toMatchObject({
          code: "BAD_REQUEST",
          key: "refundExceedsAmount",
        });
        return {};
      }
      const result = await recordRefund(world.machine, conversion.id, input, now());
      expect(result.created).toBe(true);
      model.refunds.push({ conversion, input });
      stats.refunds++;
      const before = conversion.refunded;
      const after = before + amount;
      for (const entry of conversion.positives) {
        // Cumulative rounding: what is taken back so far is always round(original × refunded / sale).
        const due =
          halfUp(entry.amount * after, conversion.amount) -
          halfUp(entry.amount * before, conversion.amount);
        const left = entry.amount - entry.takenBack;
        takeBack(model, entry, due < left ? due : left, stats);
      }
      conversion.refunded = after;
      return {};
    }
    case "repeatRefund": {
      const refund = pick(model.refunds, op.pick);
      if (!refund) return {};
      const input = op.alter ? { ...refund.input, amount: refund.input.amount + 1 } : refund.input;
      const call = recordRefund(world.machine, refund.conversion.id, input, now());
      if (op.alter) {
        await expect(call).rejects.toMatchObject({ code: "CONFLICT", key: "refundConflict" });
      } else {
        await expect(call).resolves.toMatchObject({ created: false });
      }
      return {};
    }
    case "advance":
      model.now += op.hours * HOUR_MS;
      return {};
    case "toHold": {
      // Straight to the earliest hold end still ahead (or a millisecond before it).
      const ahead = model.entries
        .filter((entry) => entry.status === "pending" && entry.holdUntil + op.offsetMs > model.now)
        .map((entry) => entry.holdUntil + op.offsetMs);
      if (ahead.length > 0) model.now = Math.min(...ahead);
      return {};
    }
    case "approve": {
      let expected = 0;
      for (const entry of model.entries) {
        const held =
          entry.conversion.review === "flagged" || entry.conversion.review === "rejected";
        if (entry.status === "pending" && entry.holdUntil <= model.now && !held) {
          entry.status = "approved";
          expected++;
        }
      }
      const approved = await approveDueEntries(db, now(), { programId: world.program.id });
      expect(approved).toBe(expected);
      stats.approvals += approved;
      return { approvedAt: model.now };
    }
    case "request": {
      const earning = world.partners
        .map((_, index) => index)
        .filter((index) => balanceOfPartner(model, index).available > 0n);
      const index = op.anyone ? op.partner : (pick(earning, op.partner) ?? op.partner);
      const partner = world.partners[index]!;
      const available = balanceOfPartner(model, index).available;
      const refusal = payoutRefusal(model, index);
      const call = partnerContext(db, partner.userId, world.program.id).then(requestPayout);
      if (refusal) {
        await expect(call).rejects.toMatchObject({ code: "CONFLICT", key: refusal });
        return {};
      }
      const payout = await call;
      expect(payout.amount).toBe(available);
      stats.requested++;
      const modelPayout: MPayout = { id: payout.id, partner: index, paid: false };
      model.payouts.push(modelPayout);
      for (const entry of model.entries) {
        if (entry.partner === index && entry.status === "approved" && !entry.payout) {
          entry.payout = modelPayout;
        }
      }
      return {};
    }
    case "markPaid": {
      const payout = pick(
        model.payouts.filter((p) => !p.paid),
        op.pick,
      );
      if (!payout) return {};
      await markPayoutPaid(world.manager, {
        payoutId: payout.id,
        reference: `TRX-${payout.id.slice(0, 8)}`,
      });
      payout.paid = true;
      stats.paid++;
      for (const entry of model.entries) {
        if (entry.payout === payout && entry.status === "approved") entry.status = "paid";
      }
      return { paying: true };
    }
    case "payday": {
      const effect = await runStep(world, model, { kind: "approve" }, stats);
      for (let partner = 0; partner < PARTNERS; partner++) {
        if (payoutRefusal(model, partner) !== null) continue;
        await runStep(world, model, { kind: "request", partner, anyone: true }, stats);
        const open = model.payouts.filter((payout) => !payout.paid);
        const index = open.indexOf(openPayoutOf(model, partner)!);
        await runStep(world, model, { kind: "markPaid", pick: index }, stats);
      }
      return { approvedAt: effect.approvedAt, paying: true };
    }
    case "review": {
      const conversion = pick(
        model.conversions.filter((c) => c.review === "flagged"),
        op.pick,
      );
      if (!conversion) return {};
      await reviewConversion(world.manager, { conversionId: conversion.id, decision: op.decision });
      conversion.review = op.decision === "clear" ? "cleared" : "rejected";
      if (op.decision === "reject") {
        stats.rejects++;
        for (const entry of conversion.positives) {
          takeBack(model, entry, entry.amount - entry.takenBack, stats);
        }
      }
      return {};
    }
  }
}

// ---------------------------------------------------------------- comparing the ledger with the model

type Row = typeof ledgerEntries.$inferSelect;

const entriesOf = (programId: string) =>
  db.select().from(ledgerEntries).where(eq(ledgerEntries.programId, programId));

/** Compares the database with the model after a step; returns the new snapshot. */
async function compare(
  world: World,
  model: Model,
  previous: Map<string, Row>,
  effect: StepEffect,
  step: string,
): Promise<Map<string, Row>> {
  const rows = await entriesOf(world.program.id);
  expect(rows.length, `${step}: number of entries`).toBe(model.entries.length);

  for (const row of rows) {
    const before = previous.get(row.id);
    if (!before) {
      // New rows start pending, or approved when they correct an approved or paid entry.
      if (row.kind === "commission" || row.kind === "override") {
        expect(row.status, `${step}: new ${row.kind}`).toBe("pending");
        expect(row.holdUntil.getTime()).toBe(model.now + model.holdDays * DAY_MS);
      }
      continue;
    }
    const { status, payoutId, ...fixed } = row;
    const { status: oldStatus, payoutId: _oldPayout, ...oldFixed } = before;
    // Nothing but the status and the payout ever changes: not an amount, not a hold.
    expect(fixed, `${step}: entry ${row.id} changed`).toEqual(oldFixed);
    if (status === oldStatus) continue;
    if (oldStatus === "paid" || (oldStatus === "approved" && status === "pending")) {
      throw new Error(`${step}: entry ${row.id} moved from ${oldStatus} to ${status}`);
    }
    // A payday step approves and pays at once: pending → paid passes both checks.
    if (oldStatus === "pending") {
      expect(effect.approvedAt, `${step}: approved outside an approval run`).toBeDefined();
      expect(
        row.holdUntil.getTime(),
        `${step}: approved before its hold ended`,
      ).toBeLessThanOrEqual(effect.approvedAt!);
    }
    if (status === "paid") {
      expect(effect.paying, `${step}: paid outside a payment`).toBe(true);
      expect(payoutId).not.toBeNull();
    }
  }

  const balances = await balancesFor(
    db,
    world.partners.map((partner) => ({
      id: partner.enrollmentId,
      currency: world.program.currency,
    })),
  );
  world.partners.forEach((partner, index) => {
    expect(balances.get(partner.enrollmentId), `${step}: balance of partner ${index}`).toEqual(
      balanceOfPartner(model, index),
    );
  });

  const sums = new Map<string | null, bigint>();
  for (const row of rows)
    sums.set(row.conversionId, (sums.get(row.conversionId) ?? 0n) + row.amount);
  for (const conversion of model.conversions) {
    const expected = model.entries
      .filter((entry) => entry.conversion === conversion)
      .reduce((sum, entry) => sum + entry.amount, 0n);
    expect(
      sums.get(conversion.id) ?? 0n,
      `${step}: entries of ${conversion.input.external_id}`,
    ).toBe(expected);
  }
  return new Map(rows.map((row) => [row.id, row]));
}

/** ledger_events holds each entry's history: created in its first status, then forward only. */
async function compareEvents(world: World, rows: Map<string, Row>) {
  const events = await db
    .select({
      entryId: ledgerEvents.entryId,
      from: ledgerEvents.fromStatus,
      to: ledgerEvents.toStatus,
    })
    .from(ledgerEvents)
    .innerJoin(ledgerEntries, eq(ledgerEntries.id, ledgerEvents.entryId))
    .where(eq(ledgerEntries.programId, world.program.id))
    .orderBy(asc(ledgerEvents.id));
  const history = new Map<string, Status | null>();
  for (const event of events) {
    const current = history.has(event.entryId) ? history.get(event.entryId)! : null;
    expect(event.from, `event of ${event.entryId}`).toBe(current);
    history.set(event.entryId, event.to);
  }
  expect(history.size).toBe(rows.size);
  for (const [id, row] of rows) expect(history.get(id), `history of ${id}`).toBe(row.status);
}

// ---------------------------------------------------------------- the property

describe("the ledger under random sequences of operations", () => {
  it("always equals the reference model, approves nothing before its hold and never edits an entry", async () => {
    const stats: Stats = {
      clawbacks: 0,
      approvals: 0,
      paid: 0,
      refunds: 0,
      rejects: 0,
      requested: 0,
    };
    await fc.assert(
      fc.asyncProperty(
        setupArb,
        fc.array(opArb, { minLength: 10, maxLength: 50, size: "max" }),
        async (setup, ops) => {
          const world = await buildWorld(setup);
          const model: Model = {
            now: Date.now(),
            holdDays: setup.holdDays,
            threshold: setup.threshold,
            referrers: setup.referrers,
            hasDetails: setup.hasDetails,
            entries: [],
            conversions: [],
            refunds: [],
            payouts: [],
          };
          let snapshot = new Map<string, Row>();
          for (const [index, op] of ops.entries()) {
            const effect = await runStep(world, model, op, stats);
            snapshot = await compare(world, model, snapshot, effect, `step ${index} (${op.kind})`);
          }
          await compareEvents(world, snapshot);
        },
      ),
      {
        numRuns: Number(process.env.LEDGER_RUNS ?? 40),
        seed: process.env.LEDGER_SEED ? Number(process.env.LEDGER_SEED) : undefined,
        // Report the smallest failing sequence found so far rather than hit the test timeout.
        interruptAfterTimeLimit: 240_000,
      },
    );
    // The sequences must actually reach the interesting paths, or the property proves little.
    expect(stats.approvals).toBeGreaterThan(0);
    expect(stats.requested).toBeGreaterThan(0);
    expect(stats.paid).toBeGreaterThan(0);
    expect(stats.refunds).toBeGreaterThan(0);
    expect(stats.clawbacks).toBeGreaterThan(0);
    expect(stats.rejects).toBeGreaterThan(0);
  }, 300_000);
});
