import { maskIban } from "~/lib/iban";

/** "a***@e***.com": enough for the owner to recognise the address, not to write to it. */
export function maskEmail(email: string): string {
  const at = email.lastIndexOf("@");
  if (at < 1) return "***";
  const local = email.slice(0, at);
  const domain = email.slice(at + 1);
  const dot = domain.lastIndexOf(".");
  const host = dot > 0 ? domain.slice(0, dot) : domain;
  const tld = dot > 0 ? domain.slice(dot) : "";
  return `${local[0]}***@${host[0] ?? ""}***${tld}`;
}

/**
 * A payout destination masked for anything that leaves the server outside a batch export
 * (the change notice by email): the IBAN's country, check digits and last four, or the PayPal
 * address's first letters.
 */
export function maskedAccount(details: {
  method: "iban" | "paypal";
  iban: string | null;
  paypalEmail: string | null;
}) {
  return {
    method: details.method,
    account:
      details.method === "iban"
        ? maskIban(details.iban ?? "")
        : maskEmail(details.paypalEmail ?? ""),
  };
}
