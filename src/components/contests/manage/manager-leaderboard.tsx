import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import Link from "next/link";
import { Card, EmptyState } from "~/components/ui/card";
import { PageNav } from "~/components/ui/page-nav";
import { Cell, Table } from "~/components/ui/table";
import { cn } from "~/lib/cn";
import { statedRule } from "../stated-rule";
import { formatMetricValue, type ContestMetric } from "../metric-value";

type Board = {
  contest: {
    metric: ContestMetric;
    status: string;
    leagues: { key: string; label: string }[];
    milestones: unknown[];
    lateRefundRuleKey: string;
  };
  league: string;
  page: number;
  entries: {
    rank: number;
    tied: boolean;
    enrollmentId: string;
    name: string | null;
    email: string;
    value: bigint;
    prizeLabel: string | null;
    milestonesReached: number;
    lateRefunds: bigint;
  }[];
  total: number;
  pages: number;
  updatedAt: Date;
};

/**
 * The manager's full standings (real names, every value), one server page at a time: live
 * while the contest runs, the frozen results with late refunds once final.
 */
export async function ManagerLeaderboard(props: {
  board: Board;
  currency: string;
  /** The contest page and the league picked in its URL. */
  hrefFor: { base: string; league: string | undefined };
}) {
  const t = await getTranslations("contestsUi.manage");
  const tRules = await getTranslations("contests");
  const format = await getFormatter();
  const locale = await getLocale();
  const { board, currency } = props;
  const { contest } = board;
  const final = contest.status === "final";
  const value = (v: bigint) => formatMetricValue(v, contest.metric, currency, locale);
  const href = (changes: { page?: number; league?: string }) => {
    const params = new URLSearchParams();
    const league = changes.league ?? props.hrefFor.league;
    if (league) params.set("league", league);
    if (changes.page && changes.page > 1) params.set("page", String(changes.page));
    return `${props.hrefFor.base}${params.size ? `?${params}` : ""}`;
  };
  const headers = [
    { label: t("rank") },
    { label: t("partner") },
    { label: t("value"), align: "right" as const },
    { label: t("prize") },
    { label: t("milestonesReached"), align: "right" as const },
    ...(final ? [{ label: t("lateRefunds"), align: "right" as const }] : []),
  ];

  return (
    <Card className="space-y-4">
      <div className="flex flex-col gap-1 sm:flex-row sm:items-baseline sm:justify-between">
        <h3 className="font-semibold">{final ? t("results") : t("leaderboard")}</h3>
        <p className="text-xs text-zinc-600">
          {final
            ? t("frozenAt", {
                time: format.dateTime(board.updatedAt, { dateStyle: "medium", timeStyle: "short" }),
              })
            : t("updatedAt", { time: format.dateTime(board.updatedAt, { timeStyle: "medium" }) })}
        </p>
      </div>
      {contest.leagues.length > 0 && (
        <ul className="flex flex-wrap gap-2" aria-label={t("leagues")}>
          {contest.leagues.map((league) => (
            <li key={league.key}>
              <Link
                href={href({ league: league.key, page: 1 })}
                aria-current={board.league === league.key ? "true" : undefined}
                className={cn(
                  "inline-block rounded-full border px-3 py-1 text-sm",
                  board.league === league.key
                    ? "border-brand-600 bg-brand-50 text-brand-700"
                    : "border-zinc-300 bg-white",
                )}
              >
                {league.label}
              </Link>
            </li>
          ))}
        </ul>
      )}
      {board.entries.length === 0 ? (
        <EmptyState title={t("noEntriesTitle")} body={t("noEntriesBody")} />
      ) : (
        <Table caption={t("leaderboardCaption", { total: board.total })} headers={headers}>
          {board.entries.map((entry) => (
            <tr key={entry.enrollmentId} data-testid="leaderboard-row">
              <Cell className="whitespace-nowrap font-semibold tabular-nums">
                {entry.tied
                  ? t("tiedRank", { rank: entry.rank })
                  : t("rankNumber", { rank: entry.rank })}
              </Cell>
              <Cell>
                <div>{entry.name ?? entry.email}</div>
                {entry.name && <div className="text-xs text-zinc-600">{entry.email}</div>}
              </Cell>
              <Cell numeric>{value(entry.value)}</Cell>
              <Cell>{entry.prizeLabel ?? "—"}</Cell>
              <Cell numeric>
                {t("milestonesOf", {
                  count: entry.milestonesReached,
                  total: contest.milestones.length,
                })}
              </Cell>
              {final && (
                <Cell numeric>{entry.lateRefunds === 0n ? "—" : value(entry.lateRefunds)}</Cell>
              )}
            </tr>
          ))}
        </Table>
      )}
      <PageNav
        label={t("leaderboardPagination")}
        summary={t("pageOf", { page: board.page, pages: board.pages, total: board.total })}
        previous={
          board.page > 1 ? { href: href({ page: board.page - 1 }), label: t("previous") } : null
        }
        next={
          board.page < board.pages
            ? { href: href({ page: board.page + 1 }), label: t("next") }
            : null
        }
      />
      {final && (
        <p className="text-sm text-zinc-700">{statedRule(tRules, contest.lateRefundRuleKey)}</p>
      )}
    </Card>
  );
}
