/**
 * Integer rounding for money in minor units. Money is never a float: every division goes
 * through here so the whole engine shares one rounding rule.
 */

/**
 * numerator / denominator rounded half away from zero: half-up to the minor unit for
 * non-negative values, mirrored for negative ones so that a reversal rounds exactly like the
 * commission it corrects.
 */
export function divideHalfUp(numerator: bigint, denominator: bigint): bigint {
  if (denominator <= 0n) throw new RangeError("divideHalfUp: denominator must be > 0");
  // BigInt division truncates toward zero, so the remainder carries the numerator's sign.
  const quotient = numerator / denominator;
  const remainder = numerator % denominator;
  const twiceRemainder = remainder < 0n ? -2n * remainder : 2n * remainder;
  if (twiceRemainder < denominator) return quotient;
  return numerator < 0n ? quotient - 1n : quotient + 1n;
}

/**
 * Splits `total` proportionally to `weights` by the largest-remainder method: every part is
 * its exact share rounded down, then the units left over go one each to the parts with the
 * largest remainders (ties to the earlier index, so the result is deterministic). The parts
 * always sum to exactly `total`: no unit is created or lost by the split.
 */
export function allocate(total: bigint, weights: readonly bigint[]): bigint[] {
  if (total < 0n) throw new RangeError("allocate: total must be >= 0");
  let sum = 0n;
  for (const weight of weights) {
    if (weight < 0n) throw new RangeError("allocate: weights must be >= 0");
    sum += weight;
  }
  if (sum === 0n) {
    if (total > 0n) throw new RangeError("allocate: cannot split a positive total by no weight");
    return weights.map(() => 0n);
  }

  const parts = weights.map((weight) => (total * weight) / sum);
  const remainders = weights.map((weight, index) => ({ index, rest: (total * weight) % sum }));
  let leftover = total - parts.reduce((acc, part) => acc + part, 0n);
  // Stable sort keeps the earlier index first among equal remainders.
  remainders.sort((a, b) => (a.rest === b.rest ? 0 : a.rest > b.rest ? -1 : 1));
  for (const { index } of remainders) {
    if (leftover === 0n) break;
    parts[index] = (parts[index] ?? 0n) + 1n;
    leftover -= 1n;
  }
  return parts;
}
