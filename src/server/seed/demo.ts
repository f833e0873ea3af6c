/**
 * The demo world: an owner-manager, a partner, three programs and a few hundred partners with
 * applications in every state, so a newcomer sees a living portal at once. Deterministic: the
 * same data on every machine.
 */
import { and, eq } from "drizzle-orm";
import type { Db } from "~/server/db/client";
import { enrollments, programs, users } from "~/server/db/schema";
import { DEMO_USERS } from "~/server/auth/demo";
import { createProgram } from "~/server/services/programs/create-program";
import { findOrCreateUser } from "~/server/services/users/find-or-create-user";
import { demoPrograms } from "./demo-programs";
import { partnerName, seededRandom } from "./demo-people";
import { seedDemoActivity } from "./demo-activity";
import { seedDemoCreatives } from "./demo-creatives";
import { seedDemoCreativeTraffic } from "./demo-creative-traffic";
import { seedDemoPartnerNotes } from "./demo-partner-notes";
import { runAwards } from "~/server/services/gamification/run-awards";
import { seedDemoAcademy } from "./demo-academy";
import { seedDemoAnnouncements } from "./demo-announcements";
import { seedDemoContests } from "./demo-contests";
import { seedDemoGoal } from "./demo-goals";
import { seedDemoNewsletters } from "./demo-newsletters";
import { seedDemoRewards } from "./demo-rewards";
import { seedDemoSubscribers } from "./demo-subscribers";
import { seedDemoWebhooks } from "./demo-webhooks";
import { seedDemoWebinars } from "./demo-webinars";

export const DEMO_PARTNER_COUNT = 300;

export async function seedDemo(db: Db) {
  const manager = await findOrCreateUser(db, {
    email: DEMO_USERS.manager,
    name: "Maria Manager",
    isOwner: true,
  });
  const partner = await findOrCreateUser(db, { email: DEMO_USERS.partner, name: "Paul Partner" });
  const created = [];
  for (const program of demoPrograms) {
    created.push(await createProgram({ db, userId: manager.id }, program));
  }
  const demo = created.find((program) => program.slug === "demo");
  if (!demo) throw new Error("the demo program is missing from demoPrograms");

  await db.transaction(async (tx) => {
    await tx.insert(enrollments).values({
      programId: demo.id,
      partnerId: partner.id,
      status: "approved",
      acceptedTermsVersion: 1,
      pitch: "Tech blog with 40k monthly readers and a weekly newsletter.",
      decidedAt: new Date(),
      decidedBy: manager.id,
    });
    const random = seededRandom(42);
    const people = Array.from({ length: DEMO_PARTNER_COUNT }, (_, index) => {
      const name = partnerName(index);
      return {
        name,
        email: `${name.toLowerCase().replace(/[^a-z]+/g, ".")}.${index}@partners.rally.test`,
      };
    });
    const inserted = await tx.insert(users).values(people).returning({ id: users.id });
    const now = Date.now();
    await tx.insert(enrollments).values(
      inserted.map((row, index) => {
        const roll = random();
        const status =
          roll < 0.8
            ? "approved"
            : roll < 0.92
              ? "applied"
              : roll < 0.97
                ? "rejected"
                : "suspended";
        const appliedAt = new Date(now - Math.floor(random() * 180 * 86_400_000));
        return {
          programId: demo.id,
          partnerId: row.id,
          status,
          acceptedTermsVersion: 1,
          pitch: pitches[index % pitches.length] ?? "",
          appliedAt,
          decidedAt: status === "applied" ? null : new Date(appliedAt.getTime() + 86_400_000),
          decidedBy: status === "applied" ? null : manager.id,
        } as const;
      }),
    );
  });

  const [check] = await db
    .select({ id: programs.id })
    .from(programs)
    .where(eq(programs.slug, "demo"));
  if (!check) throw new Error("demo seed did not commit");
  const activity = await seedDemoActivity(db, { program: demo, managerId: manager.id });
  // After the commission rules (its tiers come from them).
  await seedDemoPartnerNotes(db, { programId: demo.id, managerId: manager.id });
  // After the partners exist: each new creative notifies the program's approved partners.
  await seedDemoCreatives(db, { programId: demo.id, managerId: manager.id });
  await seedDemoCreativeTraffic(db, { programId: demo.id, partnerId: partner.id });
  await seedDemoWebhooks(db, { programId: demo.id });
  await seedDemoSubscribers(db, { programId: demo.id });
  await seedDemoEngagement(db, {
    programId: demo.id,
    managerId: manager.id,
    partnerId: partner.id,
  });
  // Last: it also marks the automatic announcements the seeds above wrote as already emailed.
  await seedDemoAnnouncements(db, {
    programId: demo.id,
    managerId: manager.id,
    cookieWindowDays: demo.cookieWindowDays,
  });
  return { programs: created.length, partners: DEMO_PARTNER_COUNT + 1, activity };
}

/**
 * Academy, webinars, contests and rewards. Rewards first: the others award points under its
 * rules; contests after the sales they rank; then one more evaluation of badges and tiers.
 */
async function seedDemoEngagement(
  db: Db,
  ids: { programId: string; managerId: string; partnerId: string },
) {
  const { programId, managerId } = ids;
  const [enrollment] = await db
    .select({ id: enrollments.id })
    .from(enrollments)
    .where(and(eq(enrollments.programId, programId), eq(enrollments.partnerId, ids.partnerId)));
  if (!enrollment) throw new Error("the demo partner is not enrolled in the demo program");
  await seedDemoRewards(db, { programId });
  await seedDemoGoal(db, { programId, enrollmentId: enrollment.id });
  await seedDemoAcademy(db, { programId, managerId, partnerEnrollmentId: enrollment.id });
  await seedDemoWebinars(db, { programId, managerId });
  await seedDemoContests(db, { programId, managerId });
  // Badges and tiers for what the others awarded (course, webinar and contest points).
  await runAwards(db, { programId, full: true });
  // After the tiers above: it is sent to the gold and silver partners.
  await seedDemoNewsletters(db, { programId, managerId });
}

const pitches = [
  "YouTube channel about productivity, 25k subscribers.",
  "Coupon site with 120k monthly visitors.",
  "Instagram account on remote work and learning.",
  "Agency running paid search for education brands.",
  "Newsletter for junior developers, 8k readers.",
  "",
];
