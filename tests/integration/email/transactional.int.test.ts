/**
 * The transactional emails added with announcements: commission approved (one summary per
 * partner and run), contest started and contest ending soon. Each is sent once per trigger:
 * replaying the job sends nothing more.
 */
import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { enrollments, users } from "~/server/db/schema/index";
import { approveDueHandler } from "~/server/jobs/handlers/approve-due";
import {
  emailContestsEndingSoon,
  emailStartedContests,
} from "~/server/services/announcements/email-contests";
import { db } from "../../support/db";
import { callerFor, makePartner, makeProgram } from "../../support/factories";
import { insertEntry } from "../../support/ledger";
import { mailTo } from "../announcements/fixtures";
import { contestInput, day, today } from "../contests/fixtures";

const quietLog = () => {};

describe("commission approved", () => {
  it("sends one summary per partner and run, in their language, and none on replay", async () => {
    const first = await makeProgram({ name: "Alpha Shop" });
    const second = await makeProgram({ name: "Beta Shop", currency: "USD" });
    const both = await makePartner(first.program.id);
    const inSecond = await makePartner(second.program.id);
    // The same person in the second program too: one email naming both programs.
    const [bothSecond] = await db
      .insert(enrollments)
      .values({
        programId: second.program.id,
        partnerId: both.user.id,
        status: "approved",
        acceptedTermsVersion: 1,
      })
      .returning();
    await db.update(users).set({ locale: "pl" }).where(eq(users.id, inSecond.user.id));
    const one = { programId: first.program.id, enrollmentId: both.enrollment.id };
    const entry = await insertEntry({ ...one, amount: 1000n });
    await insertEntry({ ...one, amount: 250n });
    await insertEntry({ ...one, kind: "reversal", amount: -1000n, correctsId: entry.id });
    await insertEntry({
      programId: second.program.id,
      enrollmentId: bothSecond!.id,
      amount: 500n,
      currency: "USD",
    });
    await insertEntry({
      programId: second.program.id,
      enrollmentId: inSecond.enrollment.id,
      amount: 700n,
      currency: "USD",
    });
    // Still on hold: not part of this run.
    const later = await makePartner(first.program.id);
    await insertEntry({
      programId: first.program.id,
      enrollmentId: later.enrollment.id,
      holdUntil: new Date(Date.now() + 86_400_000),
    });

    const handler = approveDueHandler(db, quietLog);
    await handler();
    await handler();
    const mine = await mailTo([both.user.email], "commissionApproved");
    expect(mine).toHaveLength(1);
    expect(mine[0]!.text).toContain("Alpha Shop");
    expect(mine[0]!.text).toContain("Beta Shop");
    expect(mine[0]!.text).toMatch(/€12\.50/);
    expect(mine[0]!.text).toMatch(/\$5\.00/);
    expect(mine[0]!.idempotencyKey).toMatch(/^commission-approved:/);
    const theirs = await mailTo([inSecond.user.email], "commissionApproved");
    expect(theirs).toHaveLength(1);
    expect(theirs[0]!.locale).toBe("pl");
    expect(theirs[0]!.subject).toContain("Beta Shop");
    expect(await mailTo([later.user.email])).toHaveLength(0);
  });
});

async function launched(options: { startsOn: string; endsOn: string; tiers?: string[] }) {
  const { program, manager } = await makeProgram();
  const gold = await makePartner(program.id, { tierKey: "gold" });
  const silver = await makePartner(program.id, { tierKey: "silver" });
  const applied = await makePartner(program.id, { status: "applied", tierKey: "gold" });
  const mgr = callerFor(manager.id).manage.contests;
  const { id } = await mgr.create({
    programId: program.id,
    ...contestInput({
      startsOn: options.startsOn,
      endsOn: options.endsOn,
      eligibleTierKeys: options.tiers ?? [],
    }),
  });
  await mgr.launch({ programId: program.id, contestId: id });
  return { program, id, gold, silver, applied };
}

describe("contest emails", () => {
  it("tells each eligible partner once that a contest started", async () => {
    const c = await launched({ startsOn: day(0), endsOn: day(10), tiers: ["gold"] });
    await emailStartedContests(db);
    await emailStartedContests(db);
    const addresses = [c.gold, c.silver, c.applied].map((p) => p.user.email);
    const mail = await mailTo(addresses, "contestStarted");
    expect(mail.map((m) => m.to)).toEqual([c.gold.user.email]);
    expect(mail[0]!.idempotencyKey).toBe(`contest-started:${c.id}:${c.gold.enrollment.id}`);
    expect(mail[0]!.html).toContain(`/portal/contests/${c.id}`);
  });

  it("reminds eligible partners the day before the last day, once", async () => {
    const ending = await launched({ startsOn: day(-3), endsOn: day(1) });
    const notYet = await launched({ startsOn: day(-3), endsOn: day(2) });
    await emailContestsEndingSoon(db, today);
    await emailContestsEndingSoon(db, today);
    const endingMail = await mailTo(
      [ending.gold, ending.silver, ending.applied].map((p) => p.user.email),
      "contestEndingSoon",
    );
    expect(endingMail.map((m) => m.to).sort()).toEqual(
      [ending.gold.user.email, ending.silver.user.email].sort(),
    );
    expect(endingMail[0]!.idempotencyKey).toMatch(new RegExp(`^contest-ending:${ending.id}:`));
    const early = await mailTo(
      [notYet.gold, notYet.silver].map((p) => p.user.email),
      "contestEndingSoon",
    );
    expect(early).toHaveLength(0);
  });
});
