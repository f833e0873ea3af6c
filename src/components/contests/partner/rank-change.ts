export type RankChange =
  | { kind: "up" | "down"; from: number; to: number }
  | { kind: "entered"; to: number }
  | { kind: "left" };

/**
 * What changed in the viewer's rank between two reads, for a polite screen-reader message.
 * Nothing on the first read (`previous` undefined) or when the rank is unchanged, so a page
 * that refetches every few seconds stays quiet until something actually moves.
 */
export function rankChange(
  previous: number | null | undefined,
  next: number | null,
): RankChange | null {
  if (previous === undefined || previous === next) return null;
  if (previous === null) return next === null ? null : { kind: "entered", to: next };
  if (next === null) return { kind: "left" };
  return { kind: next < previous ? "up" : "down", from: previous, to: next };
}
