import { divideHalfUp } from "~/lib/rounding";
import type { ConversionFacts, Rule } from "./types";

const BPS = 10_000n;

/**
 * The commission a rule pays for one sale, lead, install or custom action, in minor units:
 * percent rules take rateBps (+ the partner tier's bonus) of the sale amount; flat rules pay
 * their amount raised by the tier bonus. Rounded half-up to the minor unit, then capped.
 * Never negative: a sale without an amount under a percent rule earns 0.
 */
export function commissionFor(rule: Rule, facts: ConversionFacts): bigint {
  const bonus = BigInt(tierBonus(rule, facts.tierKey));
  let result: bigint;
  if (rule.basis === "percent") {
    // The database allows percent rules on sales only; anything else has no amount to take from.
    if (facts.event !== "sale" || facts.amount === null || rule.rateBps === null) return 0n;
    result = divideHalfUp(facts.amount * (BigInt(wholeBps(rule.rateBps)) + bonus), BPS);
  } else {
    if (rule.amount === null) return 0n;
    result = divideHalfUp(rule.amount * (BPS + bonus), BPS);
  }
  return capped(result, rule.cap);
}

/**
 * What a click (CPC) or impression (CPV) rule pays for `count` unique clicks or impressions
 * settled together (one partner, one day). The tier bonus applies to the total and the rounding
 * happens once, on the total, so many tiny per-event amounts do not each lose a fraction.
 * Impression rules are priced per 1,000 impressions. The cap limits one settlement.
 */
export function trafficCommission(rule: Rule, count: number, tierKey: string | null): bigint {
  if (!Number.isSafeInteger(count) || count < 0) {
    throw new RangeError("trafficCommission: count must be a non-negative integer");
  }
  if (rule.event !== "click" && rule.event !== "impression") {
    throw new RangeError(`trafficCommission: not a traffic rule (${rule.event})`);
  }
  if (rule.basis !== "flat" || rule.amount === null) return 0n;
  const perUnit = rule.event === "impression" ? 1000n : 1n;
  const bonus = BigInt(tierBonus(rule, tierKey));
  const result = divideHalfUp(rule.amount * BigInt(count) * (BPS + bonus), perUnit * BPS);
  return capped(result, rule.cap);
}

/** Bonus basis points for the partner's tier; 0 without a tier or a bonus for it. */
export function tierBonus(rule: Pick<Rule, "tierBonusBps">, tierKey: string | null): number {
  if (tierKey === null || !Object.hasOwn(rule.tierBonusBps, tierKey)) return 0;
  return wholeBps(rule.tierBonusBps[tierKey] ?? 0);
}

/**
 * The rule as it pays a partner whose tier has its own rate bonus (tiers.rate_bonus_bps): a
 * bonus the rule names for the tier key wins; without one, the tier's own applies.
 */
export function withTierRateBonus<R extends Pick<Rule, "tierBonusBps">>(
  rule: R,
  tierKey: string | null,
  tierBonusBps: number | null | undefined,
): R {
  const named = rule.tierBonusBps ?? {};
  if (tierKey === null || !tierBonusBps || Object.hasOwn(named, tierKey)) return rule;
  return { ...rule, tierBonusBps: { ...named, [tierKey]: tierBonusBps } };
}

// tierBonusBps is free-form JSON: a stray fraction or NaN must not make BigInt() throw
// in the middle of recording a conversion.
function wholeBps(value: number): number {
  return Number.isFinite(value) ? Math.trunc(value) : 0;
}

function capped(amount: bigint, cap: bigint | null): bigint {
  const limited = cap !== null && amount > cap ? cap : amount;
  return limited < 0n ? 0n : limited;
}
