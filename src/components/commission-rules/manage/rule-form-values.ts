import {
  bpsToPercent,
  percentToBps,
  trafficEvents,
  type CommissionEventName,
  type CommissionRuleInput,
} from "~/lib/validation/commission-rules";
import { currencyDigits, minorToDecimal, parseDecimal } from "~/lib/money";

/**
 * What the rule form holds (text, as typed) and its exact conversion to the API's units:
 * percentages to basis points and amounts to minor units, by parsing the decimal text, never
 * through a float. Pure, so it is unit-tested apart from React.
 */
export type RuleFormValues = {
  name: string;
  event: CommissionEventName;
  basis: "percent" | "flat";
  percent: string;
  amount: string;
  cap: string;
  priority: string;
  actionKey: string;
  category: string;
  minAmount: string;
  purchase: "" | "first" | "repeat";
  countries: string;
  tierBonuses: string;
};

export type FormIssue = { key: string; params?: Record<string, string | number> };
export type RuleFormResult =
  { ok: true; rule: CommissionRuleInput } | { ok: false; errors: Record<string, FormIssue> };

export const emptyRuleForm: RuleFormValues = {
  name: "",
  event: "sale",
  basis: "percent",
  percent: "",
  amount: "",
  cap: "",
  priority: "0",
  actionKey: "",
  category: "",
  minAmount: "",
  purchase: "",
  countries: "",
  tierBonuses: "",
};

type StoredRule = {
  name: string;
  event: CommissionEventName;
  basis: "percent" | "flat";
  rateBps: number | null;
  amount: bigint | null;
  cap: bigint | null;
  priority: number;
  conditions: {
    actionKey?: string;
    category?: string;
    minAmount?: number;
    purchase?: "first" | "repeat";
    countries?: string[];
  };
  tierBonusBps: Record<string, number>;
};

export function ruleToForm(rule: StoredRule, currency: string): RuleFormValues {
  const money = (minor: bigint | null | undefined) =>
    minor == null ? "" : minorToDecimal(minor, currency);
  const { conditions } = rule;
  return {
    name: rule.name,
    event: rule.event,
    basis: rule.basis,
    percent: rule.rateBps == null ? "" : bpsToPercent(rule.rateBps),
    amount: money(rule.amount),
    cap: money(rule.cap),
    priority: String(rule.priority),
    actionKey: conditions.actionKey ?? "",
    category: conditions.category ?? "",
    minAmount: conditions.minAmount == null ? "" : money(BigInt(conditions.minAmount)),
    purchase: conditions.purchase ?? "",
    countries: (conditions.countries ?? []).join(", "),
    tierBonuses: Object.entries(rule.tierBonusBps)
      .map(([tier, bps]) => `${tier}=${bpsToPercent(bps)}`)
      .join("\n"),
  };
}

/** Which inputs the form shows for an event: the others cannot apply to it. */
export function fieldsFor(event: CommissionEventName) {
  const traffic = trafficEvents.includes(event);
  return {
    percent: event === "sale",
    actionKey: event === "action",
    minAmount: event === "sale",
    purchase: event === "sale",
    category: !traffic,
    countries: !traffic,
  };
}

export function formToRule(values: RuleFormValues, currency: string): RuleFormResult {
  const errors: Record<string, FormIssue> = {};
  const digits = currencyDigits(currency);
  const money = (field: string, text: string, required = false): bigint | null => {
    if (text.trim() === "" && !required) return null;
    const value = parseDecimal(text, digits);
    if (value === null || value < 0n) errors[field] = { key: "money", params: { digits } };
    return value;
  };
  const show = fieldsFor(values.event);
  const basis = show.percent ? values.basis : "flat";
  let rateBps: number | null = null;
  if (basis === "percent") {
    rateBps = percentToBps(values.percent);
    if (rateBps === null) errors.rateBps = { key: "percent" };
  }
  const amount = basis === "flat" ? money("amount", values.amount, true) : null;
  const cap = money("cap", values.cap);
  const minAmount = show.minAmount ? money("conditions.minAmount", values.minAmount) : null;
  const priority = Number(values.priority.trim() || "0");
  if (!Number.isInteger(priority)) errors.priority = { key: "wholeNumber" };
  const tierBonusBps = parseTierBonuses(values.tierBonuses);
  if (!tierBonusBps) errors.tierBonusBps = { key: "tierBonuses" };
  if (Object.keys(errors).length > 0) return { ok: false, errors };
  return {
    ok: true,
    rule: {
      name: values.name,
      event: values.event,
      basis,
      rateBps,
      amount,
      cap,
      priority,
      tierBonusBps: tierBonusBps!,
      conditions: {
        actionKey: show.actionKey ? values.actionKey : undefined,
        category: show.category ? values.category : undefined,
        minAmount: minAmount === null ? undefined : Number(minAmount),
        purchase: show.purchase && values.purchase ? values.purchase : undefined,
        countries: show.countries ? values.countries.split(/[\s,;]+/).filter(Boolean) : undefined,
      },
    },
  };
}

/**
 * "gold=2.5" per line (or ";"-separated) → { gold: 250 }. Not split on commas: Polish and
 * Russian write "2,5".
 */
export function parseTierBonuses(text: string): Record<string, number> | null {
  const bonuses: Record<string, number> = {};
  for (const entry of text.split(/[\n;]+/)) {
    if (entry.trim() === "") continue;
    const match = /^\s*([^=:\s]+)\s*[=:]\s*(\S+)\s*$/.exec(entry);
    const bps = match ? percentToBps(match[2]!) : null;
    if (!match || bps === null) return null;
    bonuses[match[1]!.toLowerCase()] = bps;
  }
  return bonuses;
}
