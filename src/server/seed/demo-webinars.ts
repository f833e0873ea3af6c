/**
 * Webinars for the demo program: two upcoming (the demo partner holds a seat at the first,
 * which already has questions and votes) and two past ones with recordings and attendance, so
 * the portal's and the console's webinar pages have something to show on a fresh demo.
 */
import { and, asc, eq, ne } from "drizzle-orm";
import type { Db } from "~/server/db/client";
import {
  enrollments,
  users,
  webinarQuestions,
  webinarQuestionVotes,
  webinarRegistrations,
  webinars,
} from "~/server/db/schema";
import { DEMO_USERS } from "~/server/auth/demo";
import { awardPoints } from "~/server/services/gamification/award";
import { instantToZonedLocal, zonedLocalToInstant } from "~/lib/dates";

const DAY = 86_400_000;

/** 16:00 (or `time`) in `zone`, `days` from today: a time a manager would pick. */
function at(days: number, zone: string, time = "16:00"): Date {
  const date = instantToZonedLocal(new Date(Date.now() + days * DAY), zone).slice(0, 10);
  return zonedLocalToInstant(`${date}T${time}`, zone);
}

const PLAN = [
  {
    title: "Spring launch: what partners need to know",
    description: "The new course bundle, the spring coupon and the creatives that convert best.",
    days: 3,
    timeZone: "Europe/Warsaw",
    durationMinutes: 45,
    capacity: 100,
    recorded: false,
  },
  {
    title: "SEO clinic for affiliate sites",
    description: "Bring your site: we review partners' pages live and answer ranking questions.",
    days: 10,
    timeZone: "America/New_York",
    durationMinutes: 60,
    capacity: 30,
    recorded: false,
  },
  {
    title: "Writing reviews that sell",
    description: "How our top partners structure honest, useful product reviews.",
    days: -14,
    timeZone: "Europe/Warsaw",
    durationMinutes: 60,
    capacity: null,
    recorded: true,
  },
  {
    title: "Welcome to the Northwind partner program",
    description: "Payouts, tracking, creatives and where to get help.",
    days: -40,
    timeZone: "Europe/London",
    durationMinutes: 30,
    capacity: null,
    recorded: true,
  },
] as const;

const QUESTIONS = [
  "Will the spring coupon stack with the newsletter discount?",
  "Can we get the new banners in 300×600?",
  "How long is the cookie window for the course bundle?",
];

export async function seedDemoWebinars(
  db: Db,
  options: { programId: string; managerId: string },
): Promise<{ webinars: number }> {
  const [existing] = await db
    .select({ id: webinars.id })
    .from(webinars)
    .where(eq(webinars.programId, options.programId))
    .limit(1);
  if (existing) return { webinars: 0 };
  const approved = (where: ReturnType<typeof eq>) =>
    db
      .select({ id: enrollments.id })
      .from(enrollments)
      .innerJoin(users, eq(users.id, enrollments.partnerId))
      .where(
        and(
          eq(enrollments.programId, options.programId),
          eq(enrollments.status, "approved"),
          where,
        ),
      )
      .orderBy(asc(users.email))
      .limit(8);
  const [demo] = await approved(eq(users.email, DEMO_USERS.partner));
  const others = (await approved(ne(users.email, DEMO_USERS.partner))).map((row) => row.id);

  await db.transaction(async (tx) => {
    for (const [index, plan] of PLAN.entries()) {
      const startsAt = at(plan.days, plan.timeZone);
      const [webinar] = await tx
        .insert(webinars)
        .values({
          programId: options.programId,
          title: plan.title,
          description: plan.description,
          startsAt,
          timeZone: plan.timeZone,
          durationMinutes: plan.durationMinutes,
          joinUrl: `https://meet.example.com/northwind-${index + 1}`,
          capacity: plan.capacity,
          recordingUrl: plan.recorded ? `https://video.example.com/northwind-${index + 1}` : null,
          createdById: options.managerId,
        })
        .returning();
      if (!webinar) continue;
      // The demo partner holds a seat at the first upcoming one and attended the first past one.
      const seats = [
        ...(demo && (index === 0 || index === 2) ? [demo.id] : []),
        ...others.slice(0, 3 + index),
      ];
      if (seats.length === 0) continue;
      await tx.insert(webinarRegistrations).values(
        seats.map((enrollmentId, seat) => ({
          webinarId: webinar.id,
          enrollmentId,
          registeredAt: new Date(Math.min(Date.now(), startsAt.getTime()) - (7 + seat) * DAY),
          attendedAt: plan.recorded && seat % 3 !== 2 ? startsAt : null,
        })),
      );
      if (plan.recorded) {
        for (const [seat, enrollmentId] of seats.entries()) {
          if (seat % 3 === 2) continue;
          await awardPoints(tx, {
            programId: options.programId,
            enrollmentId,
            event: "webinar_attended",
            sourceKey: `webinar:${webinar.id}`,
          });
        }
      }
      if (index !== 0) continue;
      const askers = others.slice(0, QUESTIONS.length);
      const asked = await tx
        .insert(webinarQuestions)
        .values(
          askers.map((enrollmentId, i) => ({
            webinarId: webinar.id,
            enrollmentId,
            body: QUESTIONS[i]!,
          })),
        )
        .returning({ id: webinarQuestions.id, enrollmentId: webinarQuestions.enrollmentId });
      // Votes from everyone else: the first question leads, the demo partner voted for it.
      const voters = [...(demo ? [demo.id] : []), ...others];
      const votes = asked.flatMap((question, rank) =>
        voters
          .filter((voter) => voter !== question.enrollmentId)
          .slice(0, Math.max(0, 4 - rank * 2))
          .map((enrollmentId) => ({ questionId: question.id, enrollmentId })),
      );
      if (votes.length > 0) await tx.insert(webinarQuestionVotes).values(votes);
    }
  });
  return { webinars: PLAN.length };
}
