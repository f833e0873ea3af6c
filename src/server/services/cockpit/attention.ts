/**
 * What needs the manager, as the cockpit lists it: pure, so which items show and in what order
 * is unit-tested apart from the counting.
 */

export const ATTENTION_KINDS = [
  "payouts",
  "applications",
  "review",
  "contests",
  "bounces",
  "webinars",
] as const;
export type AttentionKind = (typeof ATTENTION_KINDS)[number];

export type AttentionCounts = Record<AttentionKind, number>;

/** "action": someone waits for a decision; "warning": something went or may go wrong; "upcoming": a date coming up. */
export type AttentionTone = "action" | "warning" | "upcoming";

export type AttentionItem = {
  kind: AttentionKind;
  count: number;
  href: string;
  tone: AttentionTone;
};

export const noAttention = (): AttentionCounts => ({
  payouts: 0,
  applications: 0,
  review: 0,
  contests: 0,
  bounces: 0,
  webinars: 0,
});

/** Where each item leads in the program's console. */
export function attentionHref(slug: string, kind: AttentionKind): string {
  const base = `/manage/${slug}`;
  switch (kind) {
    case "payouts":
      return `${base}/payouts?status=requested`;
    case "applications":
      return `${base}/partners?status=applied`;
    case "review":
      return `${base}/review`;
    case "contests":
      return `${base}/contests`;
    case "bounces":
      return `${base}/newsletters`;
    case "webinars":
      return `${base}/webinars?view=upcoming`;
  }
}

/**
 * The items to show, most pressing first; kinds with nothing to do are left out (the page
 * then says "all clear"). People waiting on a decision come first, partners' money before
 * applicants before held commissions; then contests ending soon when one of them has a
 * fairness warning (a target nobody reaches, a prize nobody holds: still fixable before the
 * end), then bounced addresses, then contests without a warning and webinars, which only
 * announce a date.
 */
export function attentionList(
  slug: string,
  counts: AttentionCounts,
  options: { contestWarnings: number } = { contestWarnings: 0 },
): AttentionItem[] {
  const warned = options.contestWarnings > 0;
  const order: { kind: AttentionKind; tone: AttentionTone }[] = [
    { kind: "payouts", tone: "action" },
    { kind: "applications", tone: "action" },
    { kind: "review", tone: "action" },
    ...(warned ? [{ kind: "contests" as const, tone: "warning" as const }] : []),
    { kind: "bounces", tone: "warning" },
    ...(warned ? [] : [{ kind: "contests" as const, tone: "upcoming" as const }]),
    { kind: "webinars", tone: "upcoming" },
  ];
  return order
    .filter(({ kind }) => counts[kind] > 0)
    .map(({ kind, tone }) => ({
      kind,
      tone,
      count: counts[kind],
      href: attentionHref(slug, kind),
    }));
}

/** The console home's one number per program: everything the cockpit would list. */
export function attentionTotal(items: readonly AttentionItem[]): number {
  return items.reduce((sum, item) => sum + item.count, 0);
}
