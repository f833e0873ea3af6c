import { currencyDigits, minorToDecimal, parseDecimal } from "~/lib/money";
import { GOAL_TARGET_MAX, type GoalMetric } from "~/lib/validation/weekly-goal";

/**
 * What the goal form's target field means: a whole count for clicks and conversions, an amount
 * in major units of the program's currency for commission ("500" or "12,50" EUR), turned into
 * the exact minor units the API takes. Null when it is not a target the API would accept.
 */
export function parseTarget(metric: GoalMetric, text: string, currency: string): bigint | null {
  const value =
    metric === "commission"
      ? parseDecimal(text, currencyDigits(currency))
      : /^\s*\d+\s*$/.test(text)
        ? BigInt(text.trim())
        : null;
  if (value === null || value < 1n || value > GOAL_TARGET_MAX[metric]) return null;
  return value;
}

/** A target as the form shows it for editing: "500.00" for 50,000 minor units of EUR. */
export function targetText(metric: GoalMetric, target: bigint, currency: string): string {
  return metric === "commission" ? minorToDecimal(target, currency) : target.toString();
}

/** The largest target as the form shows it (major units for commission). */
export const maxTargetText = (metric: GoalMetric, currency: string) =>
  targetText(metric, GOAL_TARGET_MAX[metric], currency);
