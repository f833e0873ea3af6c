import type { Program } from "../program";
import { planCommissions } from "./plan-commissions";
import type { ConversionFacts } from "./conversion-facts-parse";
import type { ConversionInput } from "./conversion-input";
import { customerHash } from "./customer-hash";
import { fraudFlags } from "./fraud-signals";
import type { NewConversion } from "./insert-conversion";
import type { PendingConversion } from "./write-conversions";
import { DAY_MS } from "~/lib/dates";

const typeCounter = {
  sale: "sales",
  lead: "leads",
  install: "installs",
  action: "actions",
} as const;

/**
 * Everything recordConversion writes for a new conversion, decided from the facts read: the
 * row with its fraud flags and review status, the commissions (only for a billable attribution)
 * and the rollup counts. Pure: the same facts give the same plan.
 */
export function planConversion(
  program: Program,
  input: ConversionInput,
  facts: ConversionFacts,
  known: { occurredAt: Date; customerHash: string | null; requestHash: string; now: Date },
): PendingConversion {
  const { attribution } = facts;
  const { occurredAt, customerHash: hashedCustomer } = known;
  const flags = attribution.enrollment
    ? fraudFlags({
        type: input.type,
        customer: input.customer ?? null,
        customerHash: hashedCustomer,
        partnerEmailHash: attribution.partnerEmail ? customerHash(attribution.partnerEmail) : null,
        occurredAt,
        click: attribution.click,
        sourceClicks: facts.sourceClicks,
        clickBurstLimit: program.clickBurstLimit,
        minClickToSaleSeconds: program.minClickToSaleSeconds,
      })
    : [];
  const row: NewConversion = {
    programId: program.id,
    type: input.type,
    externalId: input.external_id,
    actionKey: input.action_key ?? null,
    amount: input.amount === undefined ? null : BigInt(input.amount),
    currency: input.currency,
    enrollmentId: attribution.enrollment?.id ?? null,
    attribution: attribution.source,
    clickId: attribution.click?.id ?? input.click_id ?? null,
    promoCodeId: attribution.promoCodeId,
    customerHash: hashedCustomer,
    country: input.country ?? null,
    occurredAt,
    metadata: input.metadata ?? {},
    requestHash: known.requestHash,
    fraudFlags: flags,
    reviewStatus: flags.length > 0 ? "flagged" : "none",
  };
  const planned =
    attribution.enrollment && attribution.billable
      ? planCommissions(
          program,
          {
            type: input.type,
            amount: row.amount,
            actionKey: row.actionKey ?? null,
            metadata: row.metadata,
            country: row.country ?? null,
            customerHash: hashedCustomer,
            occurredAt,
            enrollment: attribution.enrollment,
          },
          facts.rules,
          facts,
        )
      : [];
  const holdUntil = new Date(known.now.getTime() + program.holdPeriodDays * DAY_MS);
  const direct = planned.find((entry) => entry.level === 0)?.amount ?? 0n;

  return {
    row,
    entries: planned,
    holdUntil,
    increment: {
      programId: program.id,
      enrollmentId: row.enrollmentId ?? null,
      linkId: attribution.linkId,
      subId: attribution.click?.subId ?? null,
      at: occurredAt,
      counters: {
        [typeCounter[input.type]]: 1,
        revenue: input.type === "sale" ? (row.amount ?? 0n) : 0n,
        commission: direct,
      },
    },
  };
}
