import { withTierRateBonus } from "../commissions/compute-commission";
import type { Rule } from "../commissions/types";
import type { Attribution, UplineMember } from "./attribution";
import type { StoredConversion } from "./conversion-view";

/** Everything a new conversion is decided from, read in one statement before any write. */
export type ConversionFacts = {
  /** The conversion already stored under the same idempotency key, with its commissions. */
  existing: (StoredConversion & { requestHash: string }) | null;
  attribution: Attribution;
  /** Clicks from the attributed click's source in the burst window up to it (0 without a click). */
  sourceClicks: number;
  /** No earlier sale to the same customer (true when there is no customer or no sale). */
  isFirstPurchase: boolean;
  upline: UplineMember[];
  /**
   * The program's active rules for the conversion's type, in creation order, as they pay the
   * attributed partner: a rule naming no bonus for the partner's tier carries the tier's own.
   */
  rules: Rule[];
};

type RawEnrollment = {
  id: string;
  status: string;
  tier_key: string | null;
  /** The rate bonus of the program's tier named by tier_key (tiers table), if any. */
  tier_bonus_bps?: number | null;
  referred_by_id: string | null;
  email: string;
};
/** The JSON loadConversionFacts reads (bigints as strings, times as epoch ms). */
export type RawFacts = {
  existing:
    | (Omit<StoredConversion, "amount" | "occurredAt" | "entries"> & {
        amount: string | null;
        occurredMs: number;
        requestHash: string;
        entries: (Omit<StoredConversion["entries"][number], "amount"> & { amount: string })[];
      })
    | null;
  promo: (RawEnrollment & { promo_code_id: string }) | null;
  click: {
    id: string;
    occurredMs: number;
    ipHash: string;
    billable: boolean;
    linkId: string | null;
    subId: string | null;
    linkDisabled: boolean;
    enrollment: RawEnrollment;
    sourceClicks: number;
  } | null;
  upline: UplineMember[];
  firstPurchase: boolean;
  rules: (Omit<Rule, "amount" | "cap"> & { amount: string | null; cap: string | null })[];
};

const toBig = (value: string | null) => (value === null ? null : BigInt(value));

/** The JSON of the statement above as the typed facts (bigints and dates restored). */
export function parseFacts(raw: RawFacts): ConversionFacts {
  const existing = raw.existing && {
    ...raw.existing,
    amount: toBig(raw.existing.amount),
    occurredAt: new Date(raw.existing.occurredMs),
    entries: raw.existing.entries.map((entry) => ({ ...entry, amount: BigInt(entry.amount) })),
  };
  const partner = raw.promo ?? raw.click?.enrollment ?? null;
  return {
    existing,
    attribution: attributionOf(raw),
    sourceClicks: raw.click?.sourceClicks ?? 0,
    isFirstPurchase: raw.firstPurchase,
    upline: raw.upline,
    rules: raw.rules.map((rule) =>
      withTierRateBonus(
        { ...rule, amount: toBig(rule.amount), cap: toBig(rule.cap) },
        partner?.tier_key ?? null,
        partner?.tier_bonus_bps,
      ),
    ),
  };
}

function enrollmentOf(raw: RawEnrollment): NonNullable<Attribution["enrollment"]> {
  return {
    id: raw.id,
    status: raw.status as NonNullable<Attribution["enrollment"]>["status"],
    tierKey: raw.tier_key,
    referredById: raw.referred_by_id,
  };
}

function attributionOf({ promo, click }: RawFacts): Attribution {
  if (promo) {
    return {
      source: "promo_code",
      enrollment: enrollmentOf(promo),
      partnerEmail: promo.email,
      promoCodeId: promo.promo_code_id,
      click: null,
      linkId: null,
      billable: promo.status === "approved",
    };
  }
  if (!click) {
    return {
      source: "none",
      enrollment: null,
      partnerEmail: null,
      promoCodeId: null,
      click: null,
      linkId: null,
      billable: false,
    };
  }
  return {
    source: "click",
    enrollment: enrollmentOf(click.enrollment),
    partnerEmail: click.enrollment.email,
    promoCodeId: null,
    click: {
      id: click.id,
      occurredAt: new Date(click.occurredMs),
      ipHash: click.ipHash,
      subId: click.subId,
    },
    linkId: click.linkId,
    billable: click.billable && !click.linkDisabled && click.enrollment.status === "approved",
  };
}
