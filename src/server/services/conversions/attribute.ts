import { and, between, eq, isNull } from "drizzle-orm";
import type { Executor } from "~/server/db/client";
import { clicks, enrollments, links, promoCodes, users } from "~/server/db/schema";
import type { Program } from "../programs/types";

type AttributedEnrollment = Pick<
  typeof enrollments.$inferSelect,
  "id" | "status" | "tierKey" | "referredById"
>;

export type Attribution = {
  source: "promo_code" | "click" | "none";
  enrollment: AttributedEnrollment | null;
  partnerEmail: string | null;
  promoCodeId: string | null;
  click: { id: string; occurredAt: Date; ipHash: string } | null;
  linkId: string | null;
  /**
   * Whether the partner earns a commission: not through a disabled link or a click that was
   * not billable, and only while the enrollment is approved. The conversion is recorded anyway.
   */
  billable: boolean;
};

const NONE: Attribution = {
  source: "none",
  enrollment: null,
  partnerEmail: null,
  promoCodeId: null,
  click: null,
  linkId: null,
  billable: false,
};

const DAY_MS = 86_400_000;

const enrollmentColumns = {
  id: enrollments.id,
  status: enrollments.status,
  tierKey: enrollments.tierKey,
  referredById: enrollments.referredById,
};

/**
 * Who gets the credit: an enabled promo code of the program wins; otherwise the reported click,
 * if it belongs to the program and happened within the cookie window before the conversion;
 * otherwise nobody (the conversion still counts in the program's totals).
 */
export async function attribute(
  db: Executor,
  program: Program,
  input: { promoCode?: string; clickId?: string; occurredAt: Date },
): Promise<Attribution> {
  if (input.promoCode) {
    const [row] = await db
      .select({ promoCodeId: promoCodes.id, enrollment: enrollmentColumns, email: users.email })
      .from(promoCodes)
      .innerJoin(enrollments, eq(enrollments.id, promoCodes.enrollmentId))
      .innerJoin(users, eq(users.id, enrollments.partnerId))
      .where(
        and(
          eq(promoCodes.programId, program.id),
          eq(promoCodes.code, input.promoCode.toUpperCase()),
          isNull(promoCodes.disabledAt),
        ),
      );
    if (row) {
      return {
        ...NONE,
        source: "promo_code",
        enrollment: row.enrollment,
        partnerEmail: row.email,
        promoCodeId: row.promoCodeId,
        billable: row.enrollment.status === "approved",
      };
    }
  }
  if (!input.clickId) return NONE;
  const windowStart = new Date(input.occurredAt.getTime() - program.cookieWindowDays * DAY_MS);
  const [row] = await db
    .select({
      click: {
        id: clicks.id,
        occurredAt: clicks.occurredAt,
        ipHash: clicks.ipHash,
        billable: clicks.billable,
        linkId: clicks.linkId,
      },
      linkDisabledAt: links.disabledAt,
      enrollment: enrollmentColumns,
      email: users.email,
    })
    .from(clicks)
    .innerJoin(enrollments, eq(enrollments.id, clicks.enrollmentId))
    .innerJoin(users, eq(users.id, enrollments.partnerId))
    .leftJoin(links, eq(links.id, clicks.linkId))
    .where(
      and(
        eq(clicks.id, input.clickId),
        eq(clicks.programId, program.id),
        between(clicks.occurredAt, windowStart, input.occurredAt),
      ),
    )
    .limit(1);
  if (!row) return NONE;
  const { billable, linkId, ...click } = row.click;
  return {
    source: "click",
    enrollment: row.enrollment,
    partnerEmail: row.email,
    promoCodeId: null,
    click,
    linkId,
    billable: billable && row.linkDisabledAt === null && row.enrollment.status === "approved",
  };
}
