/**
 * Private notes and tiers on a few demo partners, written through the console's own services
 * (so the audit log shows them too): the partner page and the audit search have something to
 * show on a fresh demo. Run after the demo activity, whose commission rules define the tiers.
 */
import { and, asc, desc, eq, isNull, sql } from "drizzle-orm";
import type { Db } from "~/server/db/client";
import { enrollments, partnerNotes, programs, users } from "~/server/db/schema";
import { DEMO_USERS } from "~/server/auth/demo";
import { addPartnerNote } from "~/server/services/partners/add-partner-note";
import { setPartnerTier } from "~/server/services/partners/set-partner-tier";
import { programTierKeys } from "~/server/services/partners/tier-keys";

const DEMO_NOTES = {
  demo: [
    "Runs a tech blog with a weekly newsletter. Asked for a 728×90 banner for the newsletter header.",
    "Call on Thursday: interested in an exclusive coupon for the spring sale.",
  ],
  top: "Our best partner this quarter. Offer early access to the new course bundle.",
  suspended: "Suspended after a burst of clicks from one address range. Review again in 30 days.",
  applied: "The site looks genuine; asked for monthly traffic figures before approving.",
} as const;

export async function seedDemoPartnerNotes(
  db: Db,
  options: { programId: string; managerId: string },
): Promise<{ notes: number; tiers: number }> {
  const [program] = await db.select().from(programs).where(eq(programs.id, options.programId));
  if (!program) throw new Error("the demo program is missing");
  const [existing] = await db
    .select({ id: partnerNotes.id })
    .from(partnerNotes)
    .innerJoin(enrollments, eq(enrollments.id, partnerNotes.enrollmentId))
    .where(eq(enrollments.programId, program.id))
    .limit(1);
  if (existing) return { notes: 0, tiers: 0 };
  const ctx = { db, userId: options.managerId, program };

  const pick = async (where: ReturnType<typeof and>, order = asc(users.email)) => {
    const [row] = await db
      .select({ id: enrollments.id })
      .from(enrollments)
      .innerJoin(users, eq(users.id, enrollments.partnerId))
      .where(and(eq(enrollments.programId, program.id), where))
      .orderBy(order)
      .limit(1);
    return row?.id;
  };
  const demo = await pick(eq(users.email, DEMO_USERS.partner));
  const top = await pick(
    and(eq(enrollments.tierKey, "gold"), sql`${users.email} <> ${DEMO_USERS.partner}`),
  );
  const suspended = await pick(eq(enrollments.status, "suspended"));
  const applied = await pick(eq(enrollments.status, "applied"), desc(enrollments.appliedAt));

  let notes = 0;
  const note = async (enrollmentId: string | undefined, body: string) => {
    if (!enrollmentId) return;
    await addPartnerNote(ctx, { enrollmentId, body });
    notes++;
  };
  for (const body of DEMO_NOTES.demo) await note(demo, body);
  await note(top, DEMO_NOTES.top);
  await note(suspended, DEMO_NOTES.suspended);
  await note(applied, DEMO_NOTES.applied);

  // Two approved partners without a tier get one below gold (silver in the demo rules).
  let tiers = 0;
  const [tier] = (await programTierKeys(db, program.id)).filter((key) => key !== "gold");
  if (tier) {
    const candidates = await db
      .select({ id: enrollments.id })
      .from(enrollments)
      .innerJoin(users, eq(users.id, enrollments.partnerId))
      .where(
        and(
          eq(enrollments.programId, program.id),
          eq(enrollments.status, "approved"),
          isNull(enrollments.tierKey),
        ),
      )
      .orderBy(asc(users.email))
      .limit(2);
    for (const candidate of candidates) {
      await setPartnerTier(ctx, { enrollmentId: candidate.id, tierKey: tier });
      tiers++;
    }
  }
  return { notes, tiers };
}
