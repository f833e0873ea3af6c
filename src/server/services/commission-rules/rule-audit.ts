import type { CommissionRule } from "~/lib/validation/commission-rules";

type Stored = Omit<CommissionRule, "conditions"> & { conditions: unknown };

/** A rule as the audit log keeps it: JSON has no bigint, so amounts become decimal strings. */
export function ruleForAudit(rule: Stored): Record<string, unknown> {
  return {
    name: rule.name,
    event: rule.event,
    basis: rule.basis,
    rateBps: rule.rateBps,
    amount: rule.amount?.toString() ?? null,
    conditions: rule.conditions,
    tierBonusBps: rule.tierBonusBps,
    cap: rule.cap?.toString() ?? null,
    priority: rule.priority,
  };
}

/** The fields that changed, before and after, for an update's audit entry. */
export function ruleChanges(before: Stored, after: Stored): Record<string, unknown> {
  const from = ruleForAudit(before);
  const to = ruleForAudit(after);
  return Object.fromEntries(
    Object.keys(to)
      .filter((key) => stableJson(from[key]) !== stableJson(to[key]))
      .map((key) => [key, { from: from[key], to: to[key] }]),
  );
}

/** JSON with sorted keys: jsonb hands objects back in its own key order. */
function stableJson(value: unknown): string {
  return JSON.stringify(value, (_key, inner: unknown) =>
    inner && typeof inner === "object" && !Array.isArray(inner)
      ? Object.fromEntries(Object.entries(inner).sort(([a], [b]) => a.localeCompare(b)))
      : inner,
  );
}
