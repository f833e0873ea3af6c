import { and, count, eq } from "drizzle-orm";
import { alias } from "drizzle-orm/pg-core";
import { enrollments, users } from "~/server/db/schema";
import { notFound } from "~/server/errors";
import type { ProgramContext } from "../context";
import { balanceOf } from "../ledger/balances";
import { programTierKeys } from "./tier-keys";

const referrer = alias(enrollments, "referrer");
const referrerUser = alias(users, "referrer_user");
const decider = alias(users, "decider");

/**
 * One partner as their program's managers see them: profile, standing, who recruited them
 * and how many they recruited, their balance, and the tiers they may be given.
 */
export async function getPartnerDetail(ctx: ProgramContext, input: { enrollmentId: string }) {
  const [row] = await ctx.db
    .select({
      id: enrollments.id,
      status: enrollments.status,
      tierKey: enrollments.tierKey,
      referralCode: enrollments.referralCode,
      pitch: enrollments.pitch,
      acceptedTermsVersion: enrollments.acceptedTermsVersion,
      appliedAt: enrollments.appliedAt,
      decidedAt: enrollments.decidedAt,
      decidedBy: decider.email,
      name: users.name,
      email: users.email,
      locale: users.locale,
      referrerId: referrer.id,
      referrerName: referrerUser.name,
      referrerEmail: referrerUser.email,
    })
    .from(enrollments)
    .innerJoin(users, eq(users.id, enrollments.partnerId))
    .leftJoin(decider, eq(decider.id, enrollments.decidedBy))
    .leftJoin(referrer, eq(referrer.id, enrollments.referredById))
    .leftJoin(referrerUser, eq(referrerUser.id, referrer.partnerId))
    .where(and(eq(enrollments.id, input.enrollmentId), eq(enrollments.programId, ctx.program.id)));
  if (!row) throw notFound("partner");

  const [[recruits], balance, tierKeys] = await Promise.all([
    ctx.db
      .select({ value: count() })
      .from(enrollments)
      .where(and(eq(enrollments.referredById, row.id), eq(enrollments.programId, ctx.program.id))),
    balanceOf(ctx.db, { id: row.id, currency: ctx.program.currency }),
    programTierKeys(ctx.db, ctx.program.id),
  ]);
  // A tier no rule names any more stays selectable, so the form can show what is set.
  const tierOptions =
    row.tierKey && !tierKeys.includes(row.tierKey) ? [...tierKeys, row.tierKey].sort() : tierKeys;
  const { referrerId, referrerName, referrerEmail, ...partner } = row;
  return {
    ...partner,
    referrer: referrerId ? { id: referrerId, name: referrerName, email: referrerEmail } : null,
    recruits: recruits?.value ?? 0,
    balance,
    tierOptions,
    currency: ctx.program.currency,
  };
}
