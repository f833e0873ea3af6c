import type { RuleConditions } from "~/server/db/schema";
import type { ConversionFacts, Rule } from "./types";

/**
 * The rule that pays for a conversion: among the active rules of the conversion's event whose
 * conditions all match, the highest priority wins. Equal priorities go to the rule that comes
 * first in `rules`, so callers must pass them in a stable order (e.g. by creation time) for
 * the choice to be repeatable. Null when no rule applies: the conversion earns nothing.
 */
export function selectRule(rules: readonly Rule[], facts: ConversionFacts): Rule | null {
  let best: Rule | null = null;
  for (const rule of rules) {
    if (!rule.active || rule.event !== facts.event) continue;
    if (!conditionsMatch(rule.conditions, facts)) continue;
    // Strictly greater: an equal priority later in the list never displaces an earlier one.
    if (best === null || rule.priority > best.priority) best = rule;
  }
  return best;
}

/**
 * Every present condition must hold; an absent one matches anything. A condition the facts
 * cannot answer (no amount for minAmount, no country for countries) does not match, so a rule
 * restricted to some conversions never pays for ones it cannot tell apart.
 */
export function conditionsMatch(conditions: RuleConditions, facts: ConversionFacts): boolean {
  // Compared for every event: a custom action key only ever arrives with "action" events,
  // so on other events a rule carrying one simply never matches.
  if (conditions.actionKey !== undefined && conditions.actionKey !== facts.actionKey) return false;
  if (conditions.category !== undefined && conditions.category !== facts.category) return false;
  if (conditions.minAmount !== undefined && !meetsMinimum(conditions.minAmount, facts.amount)) {
    return false;
  }
  if (conditions.purchase !== undefined) {
    if (facts.isFirstPurchase !== (conditions.purchase === "first")) return false;
  }
  // An empty list is what a form with no country ticked saves: it means "no restriction".
  if (conditions.countries !== undefined && conditions.countries.length > 0) {
    if (facts.country === null) return false;
    const country = facts.country.toUpperCase();
    if (!conditions.countries.some((c) => c.toUpperCase() === country)) return false;
  }
  return true;
}

function meetsMinimum(minAmount: number, amount: bigint | null): boolean {
  if (amount === null || !Number.isFinite(minAmount)) return false;
  // Amounts are whole minor units, so a fractional minimum means its next whole unit.
  return amount >= BigInt(Math.ceil(minAmount));
}
