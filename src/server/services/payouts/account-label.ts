import { maskIban } from "~/lib/iban";

/** How a payout's destination is shown on screen: a masked IBAN or the PayPal address. */
export function accountLabel(method: "iban" | "paypal", details: Record<string, string>): string {
  if (method === "iban") return details.iban ? maskIban(details.iban) : "";
  return details.paypalEmail ?? "";
}
