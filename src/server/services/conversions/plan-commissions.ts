import { commissionFor } from "../commissions/compute-commission";
import { overrideShares } from "../commissions/overrides";
import { selectRule } from "../commissions/select-rule";
import type { ConversionFacts, Rule } from "../commissions/types";
import type { Program } from "../program";
import { customerHash } from "./customer-hash";
import type { UplineMember } from "./attribution";

export type PlannedEntry = {
  enrollmentId: string;
  kind: "commission" | "override";
  level: number;
  amount: bigint;
  ruleId: string;
};

export type CommissionSubject = {
  type: "sale" | "lead" | "install" | "action";
  amount: bigint | null;
  actionKey: string | null;
  metadata: Record<string, unknown>;
  country: string | null;
  customerHash: string | null;
  occurredAt: Date;
  enrollment: { id: string; tierKey: string | null; referredById: string | null };
};

/**
 * The pure part: the rule that applies and what it pays. Levels are positional: a recruiter
 * who is not approved, or who bought for themselves (their email hash is the customer's),
 * forfeits their level's share; it does not pass to the next one up, so nobody earns more
 * because someone below them is suspended.
 */
export function planCommissions(
  program: Pick<Program, "overrideBps">,
  subject: CommissionSubject,
  rules: readonly Rule[],
  known: { isFirstPurchase: boolean; upline: readonly UplineMember[] },
): PlannedEntry[] {
  if (rules.length === 0) return [];
  const category = subject.metadata.category;
  const facts: ConversionFacts = {
    event: subject.type,
    amount: subject.amount,
    actionKey: subject.actionKey,
    category: typeof category === "string" ? category : null,
    isFirstPurchase: known.isFirstPurchase,
    country: subject.country,
    tierKey: subject.enrollment.tierKey,
  };
  const rule = selectRule(rules, facts);
  if (!rule) return [];
  const direct = commissionFor(rule, facts);
  if (direct <= 0n) return [];
  const entries: PlannedEntry[] = [
    {
      enrollmentId: subject.enrollment.id,
      kind: "commission",
      level: 0,
      amount: direct,
      ruleId: rule.id,
    },
  ];
  if (subject.type !== "sale" || program.overrideBps.length === 0) return entries;

  const upline = known.upline;
  const eligible = new Set(
    upline
      .filter(
        (member) =>
          member.approved &&
          (subject.customerHash === null || customerHash(member.email) !== subject.customerHash),
      )
      .map((member) => member.enrollmentId),
  );
  const shares = overrideShares(
    direct,
    program.overrideBps,
    upline.map((member) => member.enrollmentId),
  );
  for (const share of shares) {
    if (share.amount <= 0n || !eligible.has(share.beneficiaryId)) continue;
    entries.push({
      enrollmentId: share.beneficiaryId,
      kind: "override",
      level: share.level,
      amount: share.amount,
      ruleId: rule.id,
    });
  }
  return entries;
}
