import { and, asc, eq, inArray } from "drizzle-orm";
import { z } from "zod";
import type { Executor } from "~/server/db/client";
import { enrollments, partnerEmailPreferences, programs, users } from "~/server/db/schema";
import { notFound } from "~/server/errors";
import type { ActorContext } from "../context";
import { FREQUENCIES, isTimeZone } from "./rules";

export const partnerPreferencesInput = z.object({
  enrollmentId: z.uuid(),
  newsletters: z.boolean(),
  announcements: z.boolean(),
  digest: z.enum(FREQUENCIES),
});
export type PartnerPreferencesInput = z.infer<typeof partnerPreferencesInput>;

export const timeZoneInput = z.object({
  timeZone: z.string().max(64).refine(isTimeZone, { message: "unknown time zone" }),
});

/** Enrollments that still get program mail (a rejected application gets none). */
const MAILED = ["approved", "training", "suspended", "applied"] as const;

/** The defaults when a partner never chose: everything on, weekly digest. */
export const PARTNER_DEFAULTS = {
  newsletters: true,
  announcements: true,
  digest: "weekly",
} as const;

/** One enrollment's choices, defaults filled in (for the signed preference link too). */
export async function loadEnrollmentPreferences(db: Executor, enrollmentId: string) {
  const [row] = await db
    .select({
      enrollmentId: enrollments.id,
      partnerId: enrollments.partnerId,
      programName: programs.name,
      programSlug: programs.slug,
      newsletters: partnerEmailPreferences.newsletters,
      announcements: partnerEmailPreferences.announcements,
      digest: partnerEmailPreferences.digest,
    })
    .from(enrollments)
    .innerJoin(programs, eq(programs.id, enrollments.programId))
    .leftJoin(partnerEmailPreferences, eq(partnerEmailPreferences.enrollmentId, enrollments.id))
    .where(eq(enrollments.id, enrollmentId));
  if (!row) return null;
  return {
    ...row,
    newsletters: row.newsletters ?? PARTNER_DEFAULTS.newsletters,
    announcements: row.announcements ?? PARTNER_DEFAULTS.announcements,
    digest: row.digest ?? PARTNER_DEFAULTS.digest,
  };
}

/** The signed-in partner's choices per program, and the time zone digests are timed in. */
export async function getPartnerEmailPreferences(ctx: ActorContext) {
  const [user] = await ctx.db
    .select({ timeZone: users.timeZone })
    .from(users)
    .where(eq(users.id, ctx.userId));
  const rows = await ctx.db
    .select({
      enrollmentId: enrollments.id,
      programName: programs.name,
      newsletters: partnerEmailPreferences.newsletters,
      announcements: partnerEmailPreferences.announcements,
      digest: partnerEmailPreferences.digest,
    })
    .from(enrollments)
    .innerJoin(programs, eq(programs.id, enrollments.programId))
    .leftJoin(partnerEmailPreferences, eq(partnerEmailPreferences.enrollmentId, enrollments.id))
    .where(and(eq(enrollments.partnerId, ctx.userId), inArray(enrollments.status, MAILED)))
    .orderBy(asc(programs.name))
    // A person is in few programs; the cap only guards against a pathological account.
    .limit(100);
  return {
    timeZone: user?.timeZone ?? "UTC",
    programs: rows.map((row) => ({
      ...row,
      newsletters: row.newsletters ?? PARTNER_DEFAULTS.newsletters,
      announcements: row.announcements ?? PARTNER_DEFAULTS.announcements,
      digest: row.digest ?? PARTNER_DEFAULTS.digest,
    })),
  };
}

/** Saves one enrollment's choices (upsert; the first save creates the row). */
export async function savePreferences(db: Executor, input: PartnerPreferencesInput) {
  const values = {
    newsletters: input.newsletters,
    announcements: input.announcements,
    digest: input.digest,
  };
  await db
    .insert(partnerEmailPreferences)
    .values({ enrollmentId: input.enrollmentId, ...values })
    .onConflictDoUpdate({
      target: partnerEmailPreferences.enrollmentId,
      set: { ...values, updatedAt: new Date() },
    });
  return values;
}

/** The partner saves their own choices; another person's enrollment answers NOT_FOUND. */
export async function setPartnerEmailPreferences(ctx: ActorContext, raw: PartnerPreferencesInput) {
  const input = partnerPreferencesInput.parse(raw);
  const [own] = await ctx.db
    .select({ id: enrollments.id })
    .from(enrollments)
    .where(and(eq(enrollments.id, input.enrollmentId), eq(enrollments.partnerId, ctx.userId)));
  if (!own) throw notFound("enrollment");
  return savePreferences(ctx.db, input);
}

export async function setPartnerTimeZone(ctx: ActorContext, raw: { timeZone: string }) {
  const { timeZone } = timeZoneInput.parse(raw);
  await ctx.db.update(users).set({ timeZone }).where(eq(users.id, ctx.userId));
  return { timeZone };
}
