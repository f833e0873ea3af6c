const UNITS = ["byte", "kilobyte", "megabyte", "gigabyte", "terabyte", "petabyte"] as const;

/**
 * A size in the largest unit that keeps it at or above 1, for Intl's unit formatting (powers
 * of 1024, as `df -h` and the doctor count, so the page and the terminal agree).
 */
export function byteSize(bytes: number): { value: number; unit: (typeof UNITS)[number] } {
  let value = bytes;
  let unit = 0;
  while (value >= 1024 && unit < UNITS.length - 1) {
    value /= 1024;
    unit++;
  }
  return { value, unit: UNITS[unit]! };
}
