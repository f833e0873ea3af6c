/** What the session check reads of a person on every request. */
export type SessionHolder = { sessionVersion: number; disabledAt: Date | null };

/**
 * A session stands while its person exists, is not disabled, and the version the session was
 * issued with is still theirs. A token without a version predates revocable sessions and
 * could never be ended, so it is refused too (its holder signs in once more).
 */
export function sessionIsCurrent(
  issuedVersion: unknown,
  holder: SessionHolder | undefined,
): boolean {
  if (!holder || holder.disabledAt) return false;
  return typeof issuedVersion === "number" && issuedVersion === holder.sessionVersion;
}
