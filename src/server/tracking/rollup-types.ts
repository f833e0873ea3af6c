/**
 * The shapes of rollup increments, apart from the writer: the running totals consume them and
 * the writer calls the running totals, so a shared type module keeps the two out of a cycle.
 */
export type RollupCounters = {
  clicks?: number;
  uniqueClicks?: number;
  paidClicks?: number;
  impressions?: number;
  paidImpressions?: number;
  sales?: number;
  leads?: number;
  installs?: number;
  actions?: number;
  revenue?: bigint;
  refunded?: bigint;
  commission?: bigint;
};

/** Counts to add for one event (or a batch): negative values subtract (reversals). */
export type RollupIncrement = {
  programId: string;
  /** Null for unattributed traffic. */
  enrollmentId: string | null;
  /** Null for a promo-code or unattributed conversion. Not part of the daily key. */
  linkId: string | null;
  /**
   * The effective sub-id of the attributed click (its own, else its link's): also counted in
   * stats_subid_daily. Absent or null for traffic without one and promo-code conversions.
   */
  subId?: string | null;
  at: Date;
  counters: RollupCounters;
};
