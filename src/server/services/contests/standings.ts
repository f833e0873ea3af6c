import type { Executor } from "~/server/db/client";
import { metricValues, type Scope, type ValueRow } from "./metric-values";
import { reachedTimes } from "./reached-at";
import { rankStandings, type Standing } from "./rules/standings";

export type RankedEntry = Standing & { leagueKey: string };

/**
 * Which tied groups need "who got there first": all of them (the freeze, a manager's page),
 * or only the ones a partner's view shows — the first `top` places and the viewer with the
 * two places either side. Other groups' members keep a shared position among themselves,
 * which cannot change anyone else's rank: a rank only counts the entries ahead.
 */
export type Resolve =
  { all: true } | { all: false; top: number; viewerId: string | null; from?: number; to?: number };

/**
 * Live standings of a contest, ranked within each league by the stated tie-break rule. One
 * read of the rollups, plus one small read for tied groups that matter.
 */
export async function computeStandings(
  db: Executor,
  scope: Scope,
  window: { from: string; to: string },
  resolve: Resolve,
  adjust?: (rows: ValueRow[]) => Promise<ValueRow[]>,
): Promise<RankedEntry[]> {
  let rows = await metricValues(db, scope, window);
  if (adjust) rows = (await adjust(rows)).filter((r) => r.value > 0n);
  const byLeague = new Map<string, ValueRow[]>();
  for (const row of rows) {
    const list = byLeague.get(row.leagueKey) ?? [];
    list.push(row);
    byLeague.set(row.leagueKey, list);
  }
  const needed = new Set<string>();
  for (const list of byLeague.values()) {
    list.sort((a, b) => (a.value === b.value ? 0 : a.value > b.value ? -1 : 1));
    for (const id of tiedIdsToResolve(list, resolve)) needed.add(id);
  }
  const reached = await reachedTimes(db, scope.programId, scope.metric, window, [...needed]);
  const result: RankedEntry[] = [];
  for (const [leagueKey, list] of byLeague) {
    const ranked = rankStandings(
      list.map((r) => ({
        enrollmentId: r.enrollmentId,
        value: r.value,
        joinedAt: r.joinedAt,
        reachedAt: reached.get(r.enrollmentId) ?? null,
      })),
      "first-to-reach",
    );
    for (const s of ranked) result.push({ ...s, leagueKey });
  }
  return result;
}

/** `list` sorted by value, highest first. */
export function tiedIdsToResolve(list: readonly ValueRow[], resolve: Resolve): string[] {
  const positions = new Set<number>();
  if (resolve.all) {
    list.forEach((_, i) => positions.add(i));
  } else {
    for (let i = 0; i < Math.min(resolve.top, list.length); i++) positions.add(i);
    for (let i = resolve.from ?? 0; i < Math.min(resolve.to ?? 0, list.length); i++) {
      positions.add(i);
    }
    const v =
      resolve.viewerId === null ? -1 : list.findIndex((r) => r.enrollmentId === resolve.viewerId);
    if (v >= 0) {
      const value = list[v]!.value;
      let start = v;
      let end = v;
      while (start > 0 && list[start - 1]!.value === value) start--;
      while (end < list.length - 1 && list[end + 1]!.value === value) end++;
      for (let i = Math.max(0, start - 2); i <= Math.min(list.length - 1, end + 2); i++) {
        positions.add(i);
      }
    }
  }
  const ids: string[] = [];
  let i = 0;
  while (i < list.length) {
    let j = i;
    while (j + 1 < list.length && list[j + 1]!.value === list[i]!.value) j++;
    let wanted = false;
    for (let k = i; k <= j && !wanted; k++) wanted = positions.has(k);
    if (wanted && j > i) for (let k = i; k <= j; k++) ids.push(list[k]!.enrollmentId);
    i = j + 1;
  }
  return ids;
}
