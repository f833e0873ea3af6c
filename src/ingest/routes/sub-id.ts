const SUB_PARAMS = ["sub", "sub1", "sub2", "sub3", "sub4", "sub5"] as const;
const MAX_LENGTH = 100;
/** Control, format, unassigned and private-use characters, and line/paragraph separators. */
const UNPRINTABLE = /[\p{C}\p{Zl}\p{Zp}]/gu;

/**
 * The partner's sub-id from the query string: the first of sub, sub1 … sub5 that is non-empty
 * once unprintable characters are removed, cut to 100 characters. Every other parameter is
 * ignored.
 */
export function subIdFrom(query: string): string | null {
  if (query === "" || !query.includes("sub")) return null;
  const params = new URLSearchParams(query);
  for (const name of SUB_PARAMS) {
    const raw = params.get(name);
    if (raw === null) continue;
    const clean = raw.replace(UNPRINTABLE, "").trim();
    if (clean === "") continue;
    // Cut by code points so a surrogate pair is never split in half.
    return clean.length <= MAX_LENGTH ? clean : Array.from(clean).slice(0, MAX_LENGTH).join("");
  }
  return null;
}
