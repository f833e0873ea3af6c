import { randomUUID } from "node:crypto";
import { recordConversion } from "~/server/services/conversions/record-conversion";
import type { Program } from "~/server/services/program";
import { addDays, utcToday } from "~/lib/dates";
import { db } from "../../support/db";
import { makePartner, makeProgram } from "../../support/factories";
import { addPromoCode } from "../conversions/fixtures";

/** Shared setup for the contest tests: sales are recorded through the real conversion service. */
export const today = utcToday();
export const day = (offset: number) => addDays(today, offset);
/** Noon UTC of a day relative to today; today's sales are an hour ago so they are never future. */
export function at(offset: number): Date {
  if (offset === 0)
    return new Date(Math.max(Date.now() - 3_600_000, Date.parse(`${today}T00:00:01Z`)));
  return new Date(`${day(offset)}T12:00:00Z`);
}

export async function contestProgram() {
  const { program, manager } = await makeProgram();
  return { program, manager };
}

export async function partnerWithCode(
  programId: string,
  options: Parameters<typeof makePartner>[1] = {},
) {
  const partner = await makePartner(programId, options);
  const code = `C${randomUUID().replaceAll("-", "").slice(0, 10)}`.toUpperCase();
  await addPromoCode(programId, partner.enrollment.id, code);
  return { ...partner, code };
}

export async function sale(
  program: Program,
  partner: { code: string },
  amount: number,
  dayOffset: number,
) {
  const result = await recordConversion(
    { db, program },
    {
      type: "sale",
      external_id: `order-${randomUUID().slice(0, 12)}`,
      amount,
      currency: program.currency,
      promo_code: partner.code,
      occurred_at: at(dayOffset).toISOString(),
    },
  );
  return result.conversion.id;
}

export const contestInput = (overrides: Record<string, unknown> = {}) => ({
  name: `Contest ${randomUUID().slice(0, 6)}`,
  description: "",
  metric: "revenue" as const,
  startsOn: day(-2),
  endsOn: day(0),
  eligibleTierKeys: [] as string[],
  prizes: [] as { fromRank: number; toRank: number; label: string; points?: number }[],
  milestones: [] as { threshold: string; label: string; points?: number }[],
  leagues: [] as { key: string; label: string; minValue: string }[],
  showAliases: false,
  hideAmounts: false,
  ...overrides,
});
