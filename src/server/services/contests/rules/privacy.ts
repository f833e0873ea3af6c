import { createHash } from "node:crypto";

export type PrivacySettings = { alias: boolean; hideAmounts: boolean };

/** A name to render: a real one, or an alias code the UI shows as e.g. "Partner 7F3AQ2". */
export type DisplayName = { kind: "name"; name: string } | { kind: "alias"; code: string };

export type LeaderboardRow = { enrollmentId: string; name: string; value: bigint };

/**
 * No enrollment id: sending it to other partners would undo the alias. Rows are keyed by rank.
 */
export type VisibleRow = {
  displayName: DisplayName;
  /** Null when amounts are hidden and the row is not the viewer's own. */
  value: bigint | null;
  isViewer: boolean;
};

// Crockford's base32: no I, L, O or U, so a code read aloud or copied is not misread.
const ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";
const ALIAS_LENGTH = 6;

/**
 * A short alias from a one-way hash of the contest and enrollment ids: stable for the whole
 * contest, different in every contest so partners cannot be followed from one to the next,
 * and not reversible to the enrollment. Six base32 characters (about a billion codes) make a
 * clash unlikely even on a large table; the rank next to it remains the row's identity.
 */
export function aliasCode(contestId: string, enrollmentId: string): string {
  const digest = createHash("sha256").update(`contest-alias:${contestId}:${enrollmentId}`).digest();
  let code = "";
  for (let i = 0; i < ALIAS_LENGTH; i++) code += ALPHABET[digest[i]! % 32];
  return code;
}

/** The viewer always sees their own real name and value, whatever the contest hides. */
export function visibleRow(
  settings: PrivacySettings,
  context: { contestId: string; viewerEnrollmentId: string | null },
  row: LeaderboardRow,
): VisibleRow {
  const isViewer = row.enrollmentId === context.viewerEnrollmentId;
  const displayName: DisplayName =
    settings.alias && !isViewer
      ? { kind: "alias", code: aliasCode(context.contestId, row.enrollmentId) }
      : { kind: "name", name: row.name };
  return {
    displayName,
    value: settings.hideAmounts && !isViewer ? null : row.value,
    isViewer,
  };
}

/**
 * The gap to the rank above is that partner's value minus the viewer's, plus one, so showing
 * it exactly would give away the hidden amount; milestone gaps reveal nothing and stay shown.
 */
export function visibleRankGap(settings: PrivacySettings, gap: bigint | null): bigint | null {
  return settings.hideAmounts ? null : gap;
}
