/** A same-site path to return to after sign-in; anything else falls back (no open redirect). */
export function safeNextPath(value: unknown, fallback = "/portal"): string {
  if (
    typeof value !== "string" ||
    !value.startsWith("/") ||
    value.startsWith("//") ||
    value.includes("\\")
  ) {
    return fallback;
  }
  return value;
}
