import { z } from "zod";
import { contestMetric } from "~/server/db/schema";
import { milestonesSchema } from "./rules/gaps";
import { prizesSchema } from "./rules/prizes";
import { dayCount } from "~/lib/dates";

export const METRICS = contestMetric.enumValues;
export type ContestMetric = (typeof METRICS)[number];

/** Longest window: a year (leap years included); longer "contests" are really tiers. */
export const MAX_WINDOW_DAYS = 366;

const day = z.iso.date({ error: "validation.contest.day" });
/** Metric units as a decimal string (money in minor units): bigint-safe through JSON. */
const amount = z.string().regex(/^\d{1,18}$/, { error: "validation.contest.amount" });

export const milestoneInputSchema = z.object({
  threshold: amount,
  label: z.string().trim().min(1).max(200),
  points: z.number().int().min(0).max(1_000_000).optional(),
});

export const milestoneListSchema = z
  .array(milestoneInputSchema)
  .max(20)
  .superRefine((list, ctx) => {
    const parsed = milestonesSchema.safeParse(list.map((m) => BigInt(m.threshold)));
    if (!parsed.success) {
      ctx.addIssue({ code: "custom", message: parsed.error.issues[0]?.message ?? "invalid" });
    }
  });

export const leagueSchema = z.object({
  key: z
    .string()
    .trim()
    .regex(/^[a-z0-9-]{1,40}$/, { error: "validation.contest.leagueKey" }),
  label: z.string().trim().min(1).max(100),
  minValue: amount,
});

/** Leagues need one that starts at zero: otherwise a small partner would have no league. */
export const leaguesSchema = z
  .array(leagueSchema)
  .max(10)
  .refine((list) => list.length === 0 || list.some((l) => l.minValue === "0"), {
    error: "validation.contest.leagueFromZero",
  })
  .refine((list) => new Set(list.map((l) => l.key)).size === list.length, {
    error: "validation.contest.leagueKeysUnique",
  });

const windowCheck = <S extends z.ZodType<{ startsOn: string; endsOn: string }>>(s: S) =>
  s
    .refine((v) => v.startsOn <= v.endsOn, {
      error: "validation.contest.windowReversed",
      path: ["endsOn"],
    })
    .refine((v) => v.startsOn > v.endsOn || dayCount(v.startsOn, v.endsOn) <= MAX_WINDOW_DAYS, {
      error: "validation.contest.windowTooLong",
      path: ["endsOn"],
    });

export const contestFieldsSchema = z.object({
  name: z.string().trim().min(1).max(200),
  description: z.string().trim().max(5000).default(""),
  metric: z.enum(METRICS),
  startsOn: day,
  endsOn: day,
  eligibleTierKeys: z.array(z.string().trim().min(1).max(40)).max(20).default([]),
  prizes: prizesSchema.default([]),
  milestones: milestoneListSchema.default([]),
  leagues: leaguesSchema.default([]),
  showAliases: z.boolean().default(false),
  hideAmounts: z.boolean().default(false),
});

export const contestInputSchema = windowCheck(contestFieldsSchema);
export type ContestInput = z.output<typeof contestFieldsSchema>;

export const previewInputSchema = windowCheck(
  contestFieldsSchema.pick({
    metric: true,
    startsOn: true,
    endsOn: true,
    eligibleTierKeys: true,
    prizes: true,
    milestones: true,
  }),
);
export type PreviewInput = z.output<typeof previewInputSchema>;
