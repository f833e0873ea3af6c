/**
 * The demo's conversions and refunds as API request bodies with their moments: sales, leads
 * and installs following real clicks minutes to days later, promo-code sales, unattributed
 * ones, returning customers, a few that trip the fraud signals, and refunds. Pure; the replay
 * records them through the same services the conversion API uses.
 */
import { customerEmail, disposableEmail, pickProduct } from "./demo-catalog";
import { intBetween, pick, weightedIndex, type Random } from "./demo-random";

export type Candidate = {
  id: string;
  occurredAt: Date;
  enrollmentId: string;
  country: string | null;
};

export type ConversionBody = {
  type: "sale" | "lead" | "install";
  external_id: string;
  currency: string;
  amount?: number;
  click_id?: string;
  promo_code?: string;
  customer?: string;
  occurred_at: string;
  metadata?: Record<string, unknown>;
  country?: string;
};

/** `owner` is the partner (or code, or "direct") a conversion came through: see replayHistory. */
export type DemoEvent = { at: Date; owner: string } & (
  | { kind: "conversion"; body: ConversionBody }
  | { kind: "refund"; externalId: string; refundId: string; amount: number }
);

export type SalesPlanInput = {
  candidates: readonly Candidate[];
  /** Promo code → enrollment id; the demo partner's code first. */
  promoCodes: readonly string[];
  /** Emails of the partners, by enrollment id (for the self-referral case). */
  partnerEmails: ReadonlyMap<string, string>;
  currency: string;
  historyStart: Date;
  now: Date;
};

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;
const REFUND_SHARE = 0.05;
const PROMO_SHARE = 0.11;
const UNATTRIBUTED_SHARE = 0.1;

export function planSales(random: Random, input: SalesPlanInput): DemoEvent[] {
  const { now } = input;
  const events: DemoEvent[] = [];
  const customersOf = new Map<string, string[]>();
  let serial = 0;
  const latest = now.getTime() - MINUTE;

  const customer = (owner: string, fraud: boolean): string => {
    serial++;
    if (fraud) return disposableEmail(random, serial);
    const known = customersOf.get(owner) ?? [];
    // A fifth of buyers come back through the same partner: repeat purchases.
    if (known.length > 0 && random() < 0.2) return pick(random, known);
    const email = customerEmail(random, serial);
    customersOf.set(owner, [...known, email]);
    return email;
  };

  const add = (at: number, owner: string, extra: Partial<ConversionBody>, leadShare: number) => {
    const roll = random();
    const type = roll < 1 - leadShare ? "sale" : roll < 1 - leadShare / 4 ? "lead" : "install";
    const n = events.length + 1;
    const fraudEmail = random() < 0.004;
    const body: ConversionBody = {
      type,
      external_id: type === "sale" ? `NW-${100_000 + n}` : `${type.toUpperCase()}-${10_000 + n}`,
      currency: input.currency,
      occurred_at: new Date(at).toISOString(),
      customer: customer(owner, fraudEmail),
      ...extra,
    };
    if (type === "sale") {
      const product = pickProduct(random);
      body.amount = product.price;
      body.metadata = { category: product.category, product: product.name };
    }
    events.push({ kind: "conversion", at: new Date(at), owner, body });
    if (type === "sale" && !fraudEmail && random() < REFUND_SHARE) {
      const refund = refundOf(random, body, at);
      if (refund.at.getTime() < latest) events.push({ ...refund, owner });
    }
  };

  for (const click of input.candidates) {
    const clickAt = click.occurredAt.getTime();
    const roll = random();
    // A handful buy within seconds of the click: the fast-conversion signal.
    const delay =
      roll < 0.006
        ? intBetween(random, 2, 8) * 1000
        : roll < 0.25
          ? intBetween(random, 3, 30) * MINUTE
          : roll < 0.75
            ? intBetween(random, 30, 360) * MINUTE
            : intBetween(random, 6, 96) * HOUR;
    const at = Math.min(clickAt + delay, latest);
    if (at <= clickAt) continue;
    const selfReferral = random() < 0.001;
    add(
      at,
      click.enrollmentId,
      {
        click_id: click.id,
        country: click.country ?? undefined,
        ...(selfReferral ? { customer: input.partnerEmails.get(click.enrollmentId) } : {}),
      },
      0.16,
    );
  }

  const span = latest - input.historyStart.getTime();
  const attributed = input.candidates.length;
  for (let i = 0; i < Math.round(attributed * PROMO_SHARE); i++) {
    // The demo partner's code (listed first) is the most used one.
    const code =
      input.promoCodes[
        weightedIndex(
          random,
          input.promoCodes.map((_, k) => (k === 0 ? 4 : 1)),
        )
      ]!;
    add(input.historyStart.getTime() + random() * span, `promo:${code}`, { promo_code: code }, 0);
  }
  for (let i = 0; i < Math.round(attributed * UNATTRIBUTED_SHARE); i++) {
    add(input.historyStart.getTime() + random() * span, "direct", {}, 0.15);
  }
  return events.sort((a, b) => a.at.getTime() - b.at.getTime());
}

/** A full or partial refund days later; some are chargebacks more than a month later. */
function refundOf(random: Random, sale: ConversionBody, at: number) {
  const amount = sale.amount ?? 0;
  const partial = random() < 0.4;
  const delay =
    random() < 0.15 ? intBetween(random, 30, 60) * DAY : intBetween(random, 1, 21) * DAY;
  return {
    kind: "refund" as const,
    at: new Date(at + delay + intBetween(random, 0, 23) * HOUR),
    externalId: sale.external_id,
    refundId: `RF-${sale.external_id}`,
    amount: partial
      ? Math.max(100, Math.round((amount * (0.3 + random() * 0.4)) / 100) * 100)
      : amount,
  };
}
