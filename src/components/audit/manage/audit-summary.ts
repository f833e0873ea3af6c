/**
 * The few values that make an audit entry recognisable at a glance (who or what it was about,
 * a tier change, an amount), picked from its free-form data. Everything else stays in the
 * entry's details. Pure, so every action shape can be tested without a page.
 */
export type SummaryFormat = {
  money: (minor: bigint, currency: string) => string;
  /** What a missing tier is called. */
  none: string;
};

const text = (value: unknown): string | undefined =>
  typeof value === "string" && value.trim() !== ""
    ? value
    : typeof value === "number" && Number.isFinite(value)
      ? String(value)
      : undefined;

export function auditSummary(
  entry: { action: string; data: Record<string, unknown> },
  format: SummaryFormat,
): string[] {
  const data = entry.data;
  const pieces: string[] = [];
  const subject =
    text(data.partner) ??
    text(data.email) ??
    text(data.name) ??
    text(data.code) ??
    text(data.externalId) ??
    text(data.slug);
  if (subject) pieces.push(subject);
  if (entry.action === "enrollment.tierSet") {
    pieces.push(`${text(data.from) ?? format.none} → ${text(data.to) ?? format.none}`);
  }
  const version = text(data.version);
  if (version) pieces.push(`v${version}`);
  const minor = text(data.amount) ?? text(data.total);
  const currency = text(data.currency);
  if (minor && currency && /^-?\d+$/.test(minor) && /^[A-Z]{3}$/.test(currency)) {
    pieces.push(format.money(BigInt(minor), currency));
  }
  const quoted = text(data.excerpt) ?? text(data.reason) ?? text(data.note);
  if (quoted) pieces.push(`“${quoted}”`);
  return pieces;
}

/** The data as one compact line of JSON for the entry's details; bigints as strings. */
export function compactJson(data: Record<string, unknown>): string {
  return JSON.stringify(data, (_key, value: unknown) =>
    typeof value === "bigint" ? value.toString() : value,
  );
}
