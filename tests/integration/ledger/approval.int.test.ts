/**
 * The approval job: pending commissions become approved once their hold ends, never while a
 * fraud review holds their conversion, and never twice — also when two runs race.
 */
import { and, eq, inArray } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { conversions, ledgerEntries, ledgerEvents } from "~/server/db/schema/index";
import { approveDueEntries } from "~/server/services/ledger/approve-due";
import { db } from "../../support/db";
import { makePartner, makeProgram } from "../../support/factories";
import { insertConversion, insertEntry } from "../../support/ledger";
import { DAY_MS } from "~/lib/dates";

async function statusOf(ids: string[]) {
  const rows = await db
    .select({ id: ledgerEntries.id, status: ledgerEntries.status })
    .from(ledgerEntries)
    .where(inArray(ledgerEntries.id, ids));
  return Object.fromEntries(rows.map((row) => [row.id, row.status]));
}

async function approvalEvents(entryId: string) {
  return db
    .select()
    .from(ledgerEvents)
    .where(and(eq(ledgerEvents.entryId, entryId), eq(ledgerEvents.toStatus, "approved")));
}

describe("approveDueEntries", () => {
  it("approves after the hold, never for flagged or rejected conversions", async () => {
    const { program } = await makeProgram();
    const { enrollment } = await makePartner(program.id);
    const base = { programId: program.id, enrollmentId: enrollment.id };
    const now = new Date();
    const past = new Date(now.getTime() - DAY_MS);
    const future = new Date(now.getTime() + 3 * DAY_MS);

    const clean = await insertConversion(program.id, enrollment.id);
    const flagged = await insertConversion(program.id, enrollment.id, "flagged");
    const rejected = await insertConversion(program.id, enrollment.id, "rejected");
    const cleared = await insertConversion(program.id, enrollment.id, "cleared");

    const due = await insertEntry({ ...base, conversionId: clean.id, holdUntil: past });
    const exactlyNow = await insertEntry({ ...base, kind: "override", level: 1, holdUntil: now });
    const held = await insertEntry({ ...base, holdUntil: future });
    const onReview = await insertEntry({ ...base, conversionId: flagged.id, holdUntil: past });
    const rejectedEntry = await insertEntry({
      ...base,
      conversionId: rejected.id,
      holdUntil: past,
    });
    const rejectedReversal = await insertEntry({
      ...base,
      kind: "reversal",
      amount: -1000n,
      correctsId: rejectedEntry.id,
      conversionId: rejected.id,
      holdUntil: past,
    });
    // A reversal without its own conversion id is judged by the entry it corrects.
    const orphanReversal = await insertEntry({
      ...base,
      kind: "reversal",
      amount: -300n,
      correctsId: onReview.id,
      holdUntil: past,
    });
    const afterReview = await insertEntry({ ...base, conversionId: cleared.id, holdUntil: past });
    const traffic = await insertEntry({
      ...base,
      trafficEvent: "click",
      trafficDay: "2020-01-01",
      holdUntil: past,
    });

    await expect(approveDueEntries(db, now, { programId: program.id })).resolves.toBe(4);
    expect(
      await statusOf([
        due.id,
        exactlyNow.id,
        held.id,
        onReview.id,
        rejectedEntry.id,
        rejectedReversal.id,
        orphanReversal.id,
        afterReview.id,
        traffic.id,
      ]),
    ).toEqual({
      [due.id]: "approved",
      [exactlyNow.id]: "approved",
      [held.id]: "pending",
      [onReview.id]: "pending",
      [rejectedEntry.id]: "pending",
      [rejectedReversal.id]: "pending",
      [orphanReversal.id]: "pending",
      [afterReview.id]: "approved",
      [traffic.id]: "approved",
    });

    // A second run finds nothing new; the trigger logged each approval exactly once.
    await expect(approveDueEntries(db, now, { programId: program.id })).resolves.toBe(0);
    for (const entry of [due, exactlyNow, afterReview, traffic]) {
      expect(await approvalEvents(entry.id)).toHaveLength(1);
    }

    // The hold of the last clean entry ends; a manager clears the review: both move on.
    await db
      .update(conversions)
      .set({ reviewStatus: "cleared" })
      .where(eq(conversions.id, flagged.id));
    const later = new Date(future.getTime() + 1);
    await expect(approveDueEntries(db, later, { programId: program.id })).resolves.toBe(3);
    expect(await statusOf([held.id, onReview.id, orphanReversal.id, rejectedEntry.id])).toEqual({
      [held.id]: "approved",
      [onReview.id]: "approved",
      [orphanReversal.id]: "approved",
      [rejectedEntry.id]: "pending",
    });
  });

  it("approves each entry once when runs race", async () => {
    const { program } = await makeProgram();
    const { enrollment } = await makePartner(program.id);
    const entries = await Promise.all(
      Array.from({ length: 40 }, () =>
        insertEntry({ programId: program.id, enrollmentId: enrollment.id }),
      ),
    );
    const now = new Date();
    const counts = await Promise.all(
      Array.from({ length: 4 }, () => approveDueEntries(db, now, { programId: program.id })),
    );
    expect(counts.reduce((a, b) => a + b, 0)).toBe(40);
    const events = await db
      .select({ entryId: ledgerEvents.entryId })
      .from(ledgerEvents)
      .where(
        and(
          inArray(
            ledgerEvents.entryId,
            entries.map((entry) => entry.id),
          ),
          eq(ledgerEvents.toStatus, "approved"),
        ),
      );
    expect(events).toHaveLength(40);
  });

  it("leaves other programs alone when scoped", async () => {
    const mine = await makeProgram();
    const other = await makeProgram();
    const a = await makePartner(mine.program.id);
    const b = await makePartner(other.program.id);
    const own = await insertEntry({ programId: mine.program.id, enrollmentId: a.enrollment.id });
    const foreign = await insertEntry({
      programId: other.program.id,
      enrollmentId: b.enrollment.id,
    });
    await approveDueEntries(db, new Date(), { programId: mine.program.id });
    expect(await statusOf([own.id, foreign.id])).toEqual({
      [own.id]: "approved",
      [foreign.id]: "pending",
    });
  });
});

describe("the ledger guard", () => {
  it("refuses to change an amount, delete a row or move a status backwards", async () => {
    const { program } = await makeProgram();
    const { enrollment } = await makePartner(program.id);
    const entry = await insertEntry({ programId: program.id, enrollmentId: enrollment.id });

    const refused = (pattern: RegExp) => ({ cause: { message: expect.stringMatching(pattern) } });
    await expect(
      db.update(ledgerEntries).set({ amount: 999_999n }).where(eq(ledgerEntries.id, entry.id)),
    ).rejects.toMatchObject(refused(/only the status and payout may change/));
    await expect(
      db.delete(ledgerEntries).where(eq(ledgerEntries.id, entry.id)),
    ).rejects.toMatchObject(refused(/delete refused/));
    await expect(
      db.update(ledgerEntries).set({ status: "paid" }).where(eq(ledgerEntries.id, entry.id)),
    ).rejects.toMatchObject(refused(/cannot move from pending to paid/));

    await approveDueEntries(db, new Date(), { programId: program.id });
    await expect(
      db.update(ledgerEntries).set({ status: "pending" }).where(eq(ledgerEntries.id, entry.id)),
    ).rejects.toMatchObject(refused(/cannot move from approved to pending/));

    const [row] = await db.select().from(ledgerEntries).where(eq(ledgerEntries.id, entry.id));
    expect(row).toMatchObject({ amount: 1000n, status: "approved" });
    const events = await db
      .select({ from: ledgerEvents.fromStatus, to: ledgerEvents.toStatus })
      .from(ledgerEvents)
      .where(eq(ledgerEvents.entryId, entry.id))
      .orderBy(ledgerEvents.id);
    expect(events).toEqual([
      { from: null, to: "pending" },
      { from: "pending", to: "approved" },
    ]);
  });
});
