import { DISPOSABLE_DOMAINS } from "./disposable-domains";

export type FraudFlag = "self_referral" | "click_burst" | "disposable_email" | "fast_conversion";

export const CLICK_BURST_WINDOW_MS = 10 * 60_000;

export type FraudFacts = {
  type: "sale" | "lead" | "install" | "action";
  customer: string | null;
  customerHash: string | null;
  partnerEmailHash: string | null;
  occurredAt: Date;
  /** The attributed click, when attribution was by click. */
  click: { occurredAt: Date } | null;
  /** Clicks from the attributed click's source (IP hash) in the window before it, itself included. */
  sourceClicks: number;
  clickBurstLimit: number;
  minClickToSaleSeconds: number;
};

/** The fraud signals a conversion raises; any one sends it to the manager's review queue. */
export function fraudFlags(facts: FraudFacts): FraudFlag[] {
  const flags: FraudFlag[] = [];
  if (facts.customerHash && facts.customerHash === facts.partnerEmailHash) {
    flags.push("self_referral");
  }
  if (facts.click && facts.sourceClicks > facts.clickBurstLimit) flags.push("click_burst");
  if (facts.customer && isDisposableEmail(facts.customer)) flags.push("disposable_email");
  // Only sales: a lead form or an install may legitimately follow a click within seconds.
  if (
    facts.type === "sale" &&
    facts.click &&
    facts.occurredAt.getTime() - facts.click.occurredAt.getTime() <
      facts.minClickToSaleSeconds * 1000
  ) {
    flags.push("fast_conversion");
  }
  return flags;
}

/** True for an email address on a disposable domain or any subdomain of one. */
export function isDisposableEmail(value: string): boolean {
  const at = value.lastIndexOf("@");
  if (at < 1) return false;
  const labels = value
    .slice(at + 1)
    .trim()
    .toLowerCase()
    .replace(/\.$/, "")
    .split(".");
  for (let start = 0; start < labels.length - 1; start++) {
    if (DISPOSABLE_DOMAINS.has(labels.slice(start).join("."))) return true;
  }
  return false;
}
