import { z } from "zod";
import { tierKeySchema } from "~/lib/validation/commission-rules";
import {
  isMoneyMetric,
  metricValueToText,
  parseMetricValue,
  type ContestMetric,
} from "../metric-value";

/**
 * What the contest form holds (text, as typed) and its exact conversion to the API's units:
 * revenue thresholds typed in major units of the program's currency become minor units by
 * parsing the decimal text, never through a float. Pure, so it is unit-tested apart from React.
 */
export type PrizeRow = { fromRank: string; toRank: string; label: string; points: string };
export type MilestoneRow = { threshold: string; label: string; points: string };
export type LeagueRow = { key: string; label: string; minValue: string };

export type ContestFormValues = {
  name: string;
  description: string;
  metric: ContestMetric;
  startsOn: string;
  endsOn: string;
  eligibleTiers: string;
  prizes: PrizeRow[];
  milestones: MilestoneRow[];
  leagues: LeagueRow[];
  showAliases: boolean;
  hideAmounts: boolean;
};

export type ContestInput = {
  name: string;
  description: string;
  metric: ContestMetric;
  startsOn: string;
  endsOn: string;
  eligibleTierKeys: string[];
  prizes: { fromRank: number; toRank: number; label: string; points?: number }[];
  milestones: { threshold: string; label: string; points?: number }[];
  leagues: { key: string; label: string; minValue: string }[];
  showAliases: boolean;
  hideAmounts: boolean;
};

/** A message key under "contestsUi.form.errors" (or "validation"), with its parameters. */
export type FormIssue = { key: string; params?: Record<string, string | number> };
export type ContestFormResult =
  { ok: true; contest: ContestInput } | { ok: false; errors: Record<string, FormIssue> };

export const emptyPrize = (): PrizeRow => ({ fromRank: "", toRank: "", label: "", points: "" });
export const emptyMilestone = (): MilestoneRow => ({ threshold: "", label: "", points: "" });
export const emptyLeague = (): LeagueRow => ({ key: "", label: "", minValue: "" });

/** A new contest over the current UTC month with one prize for the winner. */
export function emptyContestForm(today: string): ContestFormValues {
  const [year, month] = today.split("-").map(Number) as [number, number];
  const lastDay = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return {
    name: "",
    description: "",
    metric: "revenue",
    startsOn: today,
    endsOn: `${today.slice(0, 8)}${String(lastDay).padStart(2, "0")}`,
    eligibleTiers: "",
    prizes: [{ fromRank: "1", toRank: "1", label: "", points: "" }],
    milestones: [],
    leagues: [],
    showAliases: false,
    hideAmounts: false,
  };
}

/** What the server suggests for a new contest (manage.contests.defaults), labels by kind. */
export type ContestDefaults<P extends string = string, M extends string = string> = {
  metric: ContestMetric;
  startsOn: string;
  endsOn: string;
  prizes: { fromRank: number; toRank: number; kind: P; points: number }[];
  milestones: { threshold: string; kind: M; points: number }[];
};

/**
 * The suggested contest as the form shows it, ready to launch as it is: the name, description
 * and labels in the manager's language, thresholds as typed text ("1200", not "1200.00").
 */
export function contestDefaultsToForm<P extends string, M extends string>(
  defaults: ContestDefaults<P, M>,
  text: {
    name: string;
    description: string;
    prize: (kind: P) => string;
    milestone: (kind: M) => string;
  },
  currency: string,
): ContestFormValues {
  const threshold = (value: string) =>
    metricValueToText(BigInt(value), defaults.metric, currency).replace(/\.0+$/, "");
  return {
    ...emptyContestForm(defaults.startsOn),
    name: text.name,
    description: text.description,
    metric: defaults.metric,
    startsOn: defaults.startsOn,
    endsOn: defaults.endsOn,
    prizes: defaults.prizes.map((p) => ({
      fromRank: String(p.fromRank),
      toRank: String(p.toRank),
      label: text.prize(p.kind),
      points: String(p.points),
    })),
    milestones: defaults.milestones.map((m) => ({
      threshold: threshold(m.threshold),
      label: text.milestone(m.kind),
      points: String(m.points),
    })),
  };
}

type StoredContest = Omit<ContestInput, "prizes"> & {
  prizes: { fromRank: number; toRank: number; label: string; points?: number | null }[];
  milestones: { threshold: string; label: string; points?: number | null }[];
};

export function contestToForm(contest: StoredContest, currency: string): ContestFormValues {
  const points = (value: number | null | undefined) => (value == null ? "" : String(value));
  const metricText = (value: string) => metricValueToText(BigInt(value), contest.metric, currency);
  return {
    name: contest.name,
    description: contest.description,
    metric: contest.metric,
    startsOn: contest.startsOn,
    endsOn: contest.endsOn,
    eligibleTiers: contest.eligibleTierKeys.join(", "),
    prizes: contest.prizes.map((p) => ({
      fromRank: String(p.fromRank),
      toRank: String(p.toRank),
      label: p.label,
      points: points(p.points),
    })),
    milestones: contest.milestones.map((m) => ({
      threshold: metricText(m.threshold),
      label: m.label,
      points: points(m.points),
    })),
    leagues: contest.leagues.map((l) => ({ ...l, minValue: metricText(l.minValue) })),
    showAliases: contest.showAliases,
    hideAmounts: contest.hideAmounts,
  };
}

// The server's rule for league keys: short, lowercase, no spaces (they end up in URLs).
const leagueKeySchema = z
  .string()
  .trim()
  .toLowerCase()
  .regex(/^[a-z0-9-]{1,40}$/);

const DAY = /^\d{4}-\d{2}-\d{2}$/;
const validDay = (day: string) =>
  DAY.test(day) && new Date(`${day}T00:00:00Z`).toISOString().startsWith(day);

export function formToContest(values: ContestFormValues, currency: string): ContestFormResult {
  const errors: Record<string, FormIssue> = {};
  const money = isMoneyMetric(values.metric);
  const metricIssue: FormIssue = money ? { key: "money" } : { key: "count" };
  const whole = (field: string, text: string, min: number): number | undefined => {
    const value = Number(text.trim());
    if (!/^\d{1,7}$/.test(text.trim()) || value < min) errors[field] = { key: "wholeNumber" };
    return value;
  };
  const optionalPoints = (field: string, text: string) =>
    text.trim() === "" ? undefined : whole(field, text, 0);
  const label = (field: string, text: string) => {
    if (text.trim() === "") errors[field] = { key: "labelRequired" };
    return text.trim();
  };

  if (values.name.trim() === "") errors.name = { key: "nameRequired" };
  if (!validDay(values.startsOn)) errors.startsOn = { key: "day" };
  if (!validDay(values.endsOn)) errors.endsOn = { key: "day" };
  else if (validDay(values.startsOn) && values.endsOn < values.startsOn)
    errors.endsOn = { key: "endBeforeStart" };

  const tiers = values.eligibleTiers.split(/[\s,;]+/).filter(Boolean);
  const eligibleTierKeys = tiers.map((tier) => tierKeySchema.safeParse(tier));
  if (eligibleTierKeys.some((tier) => !tier.success)) errors.eligibleTierKeys = { key: "tierKey" };

  const prizes = values.prizes.map((row, i) => {
    const fromRank = whole(`prizes.${i}.fromRank`, row.fromRank, 1) ?? 0;
    const toRank = whole(`prizes.${i}.toRank`, row.toRank || row.fromRank, 1) ?? 0;
    if (!errors[`prizes.${i}.toRank`] && toRank < fromRank)
      errors[`prizes.${i}.toRank`] = { key: "rankReversed" };
    const previous = values.prizes[i - 1];
    if (previous && fromRank <= Number(previous.toRank || previous.fromRank))
      errors[`prizes.${i}.fromRank`] = { key: "prizesOverlap" };
    const points = optionalPoints(`prizes.${i}.points`, row.points);
    return { fromRank, toRank, label: label(`prizes.${i}.label`, row.label), points };
  });

  const milestones = values.milestones.map((row, i) => {
    const threshold = parseMetricValue(row.threshold, values.metric, currency);
    if (threshold === null || threshold <= 0n) errors[`milestones.${i}.threshold`] = metricIssue;
    const previous = parseMetricValue(
      values.milestones[i - 1]?.threshold ?? "",
      values.metric,
      currency,
    );
    if (threshold !== null && previous !== null && threshold <= previous)
      errors[`milestones.${i}.threshold`] = { key: "milestonesAscending" };
    const points = optionalPoints(`milestones.${i}.points`, row.points);
    return {
      threshold: String(threshold ?? 0n),
      label: label(`milestones.${i}.label`, row.label),
      points,
    };
  });

  const leagues = values.leagues.map((row, i) => {
    const key = leagueKeySchema.safeParse(row.key);
    if (!key.success) errors[`leagues.${i}.key`] = { key: "leagueKey" };
    const minValue = parseMetricValue(row.minValue || "0", values.metric, currency);
    if (minValue === null) errors[`leagues.${i}.minValue`] = metricIssue;
    return {
      key: key.success ? key.data : row.key,
      label: label(`leagues.${i}.label`, row.label),
      minValue: String(minValue ?? 0n),
    };
  });

  // Every partner needs a league: the lowest one must start at zero.
  if (leagues.length > 0 && !leagues.some((league) => league.minValue === "0"))
    errors.leagues = { key: "leagueFromZero" };

  if (Object.keys(errors).length > 0) return { ok: false, errors };
  return {
    ok: true,
    contest: {
      name: values.name.trim(),
      description: values.description.trim(),
      metric: values.metric,
      startsOn: values.startsOn,
      endsOn: values.endsOn,
      eligibleTierKeys: eligibleTierKeys.map((tier) => tier.data!),
      prizes: prizes.map(({ points, ...prize }) =>
        points === undefined ? prize : { ...prize, points },
      ),
      milestones: milestones.map(({ points, ...m }) =>
        points === undefined ? m : { ...m, points },
      ),
      leagues,
      showAliases: values.showAliases,
      hideAmounts: values.hideAmounts,
    },
  };
}

export type PreviewInput = Pick<
  ContestInput,
  "metric" | "startsOn" | "endsOn" | "eligibleTierKeys" | "prizes" | "milestones"
>;

/**
 * What the fairness preview needs, as soon as the numbers are valid: a manager wants to see
 * whether a threshold is fair before naming the contest or its prizes, so missing names and
 * labels do not hold it back (a placeholder stands in). Null while a number is invalid.
 */
export function previewInput(values: ContestFormValues, currency: string): PreviewInput | null {
  const filled = (text: string) => (text.trim() === "" ? "…" : text);
  const result = formToContest(
    {
      ...values,
      name: "preview",
      prizes: values.prizes.map((row) => ({ ...row, label: filled(row.label) })),
      milestones: values.milestones.map((row) => ({ ...row, label: filled(row.label) })),
      leagues: [],
    },
    currency,
  );
  if (!result.ok) return null;
  const { metric, startsOn, endsOn, eligibleTierKeys, prizes, milestones } = result.contest;
  return { metric, startsOn, endsOn, eligibleTierKeys, prizes, milestones };
}
