/** Every IANA zone this runtime knows, UTC first, and the current value even if unknown. */
export function timeZoneChoices(current: string): string[] {
  const zones = Intl.supportedValuesOf("timeZone").filter((zone) => zone !== "UTC");
  return [...new Set(["UTC", current, ...zones])];
}
