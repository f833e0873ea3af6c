import { divideHalfUp } from "~/lib/rounding";

/**
 * How much of a commission entry of `original` to reverse when `refundedNow` of a sale of
 * `saleAmount` is refunded, `refundedBefore` having been refunded already. Returned as a
 * non-negative amount; the caller writes it as a negative reversal or clawback.
 *
 * Rounding is cumulative: the amount reversed so far is always round(original × refunded /
 * sale), and each refund reverses the difference. Any sequence of partial refunds adding up to
 * the whole sale therefore reverses exactly `original` — never a unit more or less — which
 * rounding every partial refund on its own could not promise.
 */
export function reversalFor(
  original: bigint,
  saleAmount: bigint,
  refundedBefore: bigint,
  refundedNow: bigint,
): bigint {
  if (original < 0n || refundedBefore < 0n || refundedNow < 0n) {
    throw new RangeError("reversalFor: amounts must be non-negative");
  }
  if (saleAmount <= 0n) throw new RangeError("reversalFor: sale amount must be > 0");
  const refundedAfter = refundedBefore + refundedNow;
  if (refundedAfter > saleAmount) {
    throw new RangeError("reversalFor: refunds exceed the sale amount");
  }
  const reversedAfter = divideHalfUp(original * refundedAfter, saleAmount);
  const reversedBefore = divideHalfUp(original * refundedBefore, saleAmount);
  return reversedAfter - reversedBefore;
}
