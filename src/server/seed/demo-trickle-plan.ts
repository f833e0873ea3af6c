/**
 * Pure choices of the demo's live trickle: which link a visitor follows, what browser they
 * use, what they buy, and how often an error may be printed.
 */
import { customerEmail, pickProduct } from "./demo-catalog";
import { intBetween, pick, weightedIndex, type Random } from "./demo-random";

export type TrickleLink = {
  code: string;
  enrollmentId: string;
  /** Recent clicks on the link: busy links stay busy. */
  weight: number;
  isDemoPartner: boolean;
};

/** Share of visits that go to the demo partner's links, so their dashboard visibly moves. */
export const DEMO_PARTNER_SHARE = 0.35;

/** A link, the demo partner's with DEMO_PARTNER_SHARE, otherwise in proportion to its weight. */
export function pickLink(random: Random, links: readonly TrickleLink[]): TrickleLink | null {
  const demo = links.filter((link) => link.isDemoPartner);
  const pool = demo.length > 0 && random() < DEMO_PARTNER_SHARE ? demo : links;
  if (pool.length === 0) return null;
  return (
    pool[
      weightedIndex(
        random,
        pool.map((link) => Math.max(link.weight, 1)),
      )
    ] ?? null
  );
}

/** A mainstream browser's user agent; varied versions make different visitors. */
export function browserUserAgent(random: Random): string {
  const chrome = `${intBetween(random, 128, 134)}.0.${intBetween(random, 6000, 6999)}.${intBetween(random, 10, 199)}`;
  const safari = `${intBetween(random, 16, 18)}.${intBetween(random, 0, 6)}`;
  const firefox = intBetween(random, 128, 135);
  return pick(random, [
    `Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/${chrome} Safari/537.36`,
    `Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/${safari} Safari/605.1.15`,
    `Mozilla/5.0 (iPhone; CPU iPhone OS ${safari.replace(".", "_")} like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/${safari} Mobile/15E148 Safari/604.1`,
    `Mozilla/5.0 (Linux; Android 14; Pixel 8) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/${chrome} Mobile Safari/537.36`,
    `Mozilla/5.0 (X11; Linux x86_64; rv:${firefox}.0) Gecko/20100101 Firefox/${firefox}.0`,
  ]);
}

/** The tracking link's address; now and then with a sub-id, as partners tag placements. */
export function visitUrl(random: Random, baseUrl: string, code: string): string {
  const url = `${baseUrl}/r/${encodeURIComponent(code)}`;
  return random() < 0.2
    ? `${url}?sub=${pick(random, ["story", "reel", "footer", "email-1"])}`
    : url;
}

export type LiveConversion = {
  type: "sale" | "lead" | "install";
  amount?: number;
  metadata?: Record<string, unknown>;
};

/** Mostly sales of the catalogue, sometimes a trial sign-up or an app install. */
export function liveConversion(random: Random): LiveConversion {
  const roll = random();
  if (roll < 0.15) return { type: "lead", metadata: { form: "free-trial" } };
  if (roll < 0.2)
    return { type: "install", metadata: { platform: pick(random, ["ios", "android"]) } };
  const product = pickProduct(random);
  return {
    type: "sale",
    amount: product.price,
    metadata: { category: product.category, product: product.name },
  };
}

/** A new customer, or (one time in six) someone who bought before. */
export function liveCustomer(random: Random, recent: string[], serial: number): string {
  if (recent.length > 0 && random() < 1 / 6) return pick(random, recent);
  const email = customerEmail(random, 900_000 + serial);
  recent.push(email);
  if (recent.length > 50) recent.shift();
  return email;
}

/**
 * Prints an error at most once per `intervalMs` per kind, with how many like it were held
 * back: a dead database must not flood the demo's terminal.
 */
export function rateLimitedLog(
  log: (line: string) => void,
  intervalMs = 30_000,
  clock: () => number = Date.now,
) {
  const last = new Map<string, { at: number; held: number }>();
  return (kind: string, message: string) => {
    const now = clock();
    const entry = last.get(kind);
    if (entry && now - entry.at < intervalMs) {
      entry.held++;
      return;
    }
    const held = entry?.held ? ` (${entry.held} more like it held back)` : "";
    last.set(kind, { at: now, held: 0 });
    log(`${message}${held}`);
  };
}
