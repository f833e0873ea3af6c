import { z } from "zod";
import { parseDecimal } from "../money";

/**
 * Commission rules as the API takes them: rates in basis points (750 = 7.5 %) and amounts in
 * minor units of the program's currency (bigint). The forms let people type "7.5" and
 * "12.50" and convert them to these exact units without floats (percentToBps, parseMoney).
 */

export const commissionEvents = [
  "sale",
  "lead",
  "install",
  "action",
  "click",
  "impression",
] as const;
export type CommissionEventName = (typeof commissionEvents)[number];

/** Clicks and impressions are settled per partner and day from the rollups: no per-event facts. */
export const trafficEvents: readonly CommissionEventName[] = ["click", "impression"];

export const MAX_MINOR = 10n ** 15n;
export const MAX_OVERRIDE_LEVELS = 5;

export const bpsSchema = z.number().int().min(0).max(10_000);
const minorSchema = z.bigint().min(0n).max(MAX_MINOR);

/** Blank means "no condition", so an empty form field never becomes a condition on "". */
const optionalText = (text: z.ZodString) =>
  text.optional().transform((value) => value || undefined);

export const tierKeySchema = z
  .string()
  .trim()
  .toLowerCase()
  .regex(/^[a-z0-9_-]{1,32}$/, { error: "validation.tierKey" });

export const ruleConditionsSchema = z
  .object({
    actionKey: optionalText(
      z
        .string()
        .trim()
        .max(64)
        .regex(/^[A-Za-z0-9_.:-]*$/, { error: "validation.actionKey" }),
    ),
    category: optionalText(z.string().trim().max(64)),
    minAmount: z.number().int().min(0).max(Number.MAX_SAFE_INTEGER).optional(),
    purchase: z.enum(["first", "repeat"]).optional(),
    countries: z
      .array(
        z
          .string()
          .trim()
          .toUpperCase()
          .regex(/^[A-Z]{2}$/, { error: "validation.country" }),
      )
      .max(250)
      .optional()
      // An empty list means "anywhere": store it as no condition at all.
      .transform((list) => (list?.length ? [...new Set(list)] : undefined)),
  })
  .strict();

export const commissionRuleSchema = z
  .object({
    name: z.string().trim().min(1).max(80),
    event: z.enum(commissionEvents),
    basis: z.enum(["percent", "flat"]),
    rateBps: bpsSchema.nullish(),
    amount: minorSchema.nullish(),
    conditions: ruleConditionsSchema.prefault({}),
    tierBonusBps: z
      .record(tierKeySchema, bpsSchema)
      .default({})
      .refine((bonuses) => Object.keys(bonuses).length <= 20, { error: "validation.tooManyTiers" }),
    cap: minorSchema.nullish(),
    priority: z.number().int().min(-1000).max(1000).default(0),
  })
  .superRefine((rule, ctx) => {
    const issue = (path: (string | number)[], message: string) =>
      ctx.addIssue({ code: "custom", path, message });
    if (rule.basis === "percent") {
      if (rule.event !== "sale") issue(["basis"], "validation.percentSalesOnly");
      if (rule.rateBps == null) issue(["rateBps"], "validation.rateRequired");
    } else if (rule.amount == null) {
      issue(["amount"], "validation.amountRequired");
    }
    const { actionKey, category, minAmount, purchase, countries } = rule.conditions;
    const notFor = "validation.conditionNotForEvent";
    if (actionKey !== undefined && rule.event !== "action")
      issue(["conditions", "actionKey"], notFor);
    if (minAmount !== undefined && rule.event !== "sale")
      issue(["conditions", "minAmount"], notFor);
    if (purchase !== undefined && rule.event !== "sale") issue(["conditions", "purchase"], notFor);
    if (trafficEvents.includes(rule.event)) {
      if (category !== undefined) issue(["conditions", "category"], notFor);
      if (countries !== undefined) issue(["conditions", "countries"], notFor);
    }
  })
  // Only the field of the chosen basis is kept: the database checks exactly that pair.
  .transform((rule) => ({
    ...rule,
    rateBps: rule.basis === "percent" ? (rule.rateBps ?? 0) : null,
    amount: rule.basis === "flat" ? (rule.amount ?? 0n) : null,
    cap: rule.cap ?? null,
  }));

export type CommissionRuleInput = z.input<typeof commissionRuleSchema>;
export type CommissionRule = z.output<typeof commissionRuleSchema>;

/** Multi-level overrides: basis points of the recruit's sale commission, level 1 first. */
export const overrideLevelsSchema = z
  .array(bpsSchema)
  .max(MAX_OVERRIDE_LEVELS, { error: "validation.overrideDepth" })
  .refine((levels) => levels.reduce((sum, bps) => sum + bps, 0) <= 10_000, {
    error: "validation.overrideTotal",
  });

/** "7.5" → 750 basis points, exactly; null unless a percentage from 0 to 100 with ≤ 2 decimals. */
export function percentToBps(text: string): number | null {
  const bps = parseDecimal(text.replace(/%\s*$/, ""), 2);
  if (bps === null || bps < 0n || bps > 10_000n) return null;
  return Number(bps);
}

/** 750 → "7.5": how a rate is shown and prefilled in a form. */
export function bpsToPercent(bps: number): string {
  const whole = Math.trunc(bps / 100);
  const rest = String(bps % 100)
    .padStart(2, "0")
    .replace(/0+$/, "");
  return rest ? `${whole}.${rest}` : String(whole);
}
