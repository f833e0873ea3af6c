export const RECENT_STATUSES = [
  "held",
  "rejected",
  "noCommission",
  "reversed",
  "pending",
  "approved",
  "paid",
] as const;
export type RecentStatus = (typeof RECENT_STATUSES)[number];

/**
 * What a partner is told about one of their conversions, most telling first: held for a fraud
 * review or rejected in it; no commission (an unpaid attribution or no rule); taken back in
 * full (a refund reversed it); else where its commission stands.
 */
export function recentStatus(facts: {
  reviewStatus: "none" | "flagged" | "cleared" | "rejected";
  /** Status of the conversion's commission entry; null when it has none. */
  commissionStatus: "pending" | "approved" | "paid" | null;
  /** The commission net of its reversals. */
  net: bigint;
}): RecentStatus {
  if (facts.reviewStatus === "flagged") return "held";
  if (facts.reviewStatus === "rejected") return "rejected";
  if (facts.commissionStatus === null) return "noCommission";
  if (facts.net <= 0n) return "reversed";
  return facts.commissionStatus;
}
