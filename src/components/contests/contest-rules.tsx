import { useFormatter, useLocale, useTranslations } from "next-intl";
import { Card } from "~/components/ui/card";
import { utcDayRange } from "./contest-status";
import { statedRule } from "./stated-rule";
import { formatMetricValue, type ContestMetric } from "./metric-value";

export type ContestRulesView = {
  metric: ContestMetric;
  startsOn: string;
  endsOn: string;
  eligibleTierKeys: string[];
  prizes: { fromRank: number; toRank: number; label: string; points?: number }[];
  milestones: { threshold: string; label: string; points?: number }[];
  leagues: { key: string; label: string; minValue: string }[];
  showAliases: boolean;
  hideAmounts: boolean;
  tieBreakKey: string;
  lateRefundRuleKey: string;
};

/**
 * A contest's rules in plain words: what counts, when, who takes part, the prizes and
 * milestones, privacy, and the stated tie-break and late-refund rules. The same text for the
 * manager who set them and the partners who play by them.
 */
export function ContestRules(props: {
  contest: ContestRulesView;
  currency: string;
  audience: "manager" | "partner";
  /** The card's heading level on its page (2 in the portal, 3 under a console's contest). */
  level: 2 | 3;
}) {
  const Title = props.level === 2 ? "h2" : "h3";
  const Sub = props.level === 2 ? "h3" : "h4";
  const t = useTranslations("contestsUi.rules");
  const tRules = useTranslations("contests");
  const format = useFormatter();
  const locale = useLocale();
  const { contest } = props;
  const value = (v: string) => formatMetricValue(BigInt(v), contest.metric, props.currency, locale);
  const ranks = (p: { fromRank: number; toRank: number }) =>
    p.fromRank === p.toRank
      ? t("rank", { rank: p.fromRank })
      : t("ranks", { from: p.fromRank, to: p.toRank });
  const points = (p: { points?: number }) =>
    p.points ? ` · ${t("points", { points: p.points })}` : "";
  const term = "text-xs font-medium uppercase tracking-wide text-zinc-600";

  return (
    <Card className="space-y-4">
      <Title className="font-semibold">{t("title")}</Title>
      <dl className="grid grid-cols-1 gap-4 text-sm sm:grid-cols-2">
        <div>
          <dt className={term}>{t("metric")}</dt>
          <dd>{t(`metricMeans.${contest.metric}`, { currency: props.currency })}</dd>
        </div>
        <div>
          <dt className={term}>{t("window")}</dt>
          <dd>{utcDayRange(format, contest.startsOn, contest.endsOn)}</dd>
          <dd className="text-xs text-zinc-600">{t("windowUtc")}</dd>
        </div>
        {props.audience === "manager" && (
          <div>
            <dt className={term}>{t("eligible")}</dt>
            <dd>
              {contest.eligibleTierKeys.length === 0
                ? t("everyone")
                : t("tiers", { tiers: contest.eligibleTierKeys.join(", ") })}
            </dd>
          </div>
        )}
        <div>
          <dt className={term}>{t("privacy")}</dt>
          <dd>{contest.showAliases ? t("aliases") : t("names")}</dd>
          <dd>{contest.hideAmounts ? t("amountsHidden") : t("amountsShown")}</dd>
        </div>
      </dl>
      <div className="grid grid-cols-1 gap-4 text-sm sm:grid-cols-2">
        <section aria-labelledby="rules-prizes">
          <Sub id="rules-prizes" className="font-medium">
            {t("prizes")}
          </Sub>
          {contest.prizes.length === 0 ? (
            <p className="text-zinc-600">{t("noPrizes")}</p>
          ) : (
            <ul className="mt-1 space-y-1" data-testid="rules-prizes">
              {contest.prizes.map((p) => (
                <li key={p.fromRank}>
                  <span className="font-medium">{ranks(p)}:</span> {p.label}
                  {points(p)}
                </li>
              ))}
            </ul>
          )}
        </section>
        <section aria-labelledby="rules-milestones">
          <Sub id="rules-milestones" className="font-medium">
            {t("milestones")}
          </Sub>
          {contest.milestones.length === 0 ? (
            <p className="text-zinc-600">{t("noMilestones")}</p>
          ) : (
            <ul className="mt-1 space-y-1">
              {contest.milestones.map((m) => (
                <li key={m.threshold}>
                  <span className="font-medium">{value(m.threshold)}:</span> {m.label}
                  {points(m)}
                </li>
              ))}
            </ul>
          )}
          {contest.milestones.length > 0 && (
            <p className="mt-1 text-xs text-zinc-600">{t("milestonesEveryone")}</p>
          )}
        </section>
      </div>
      {contest.leagues.length > 0 && (
        <section aria-labelledby="rules-leagues" className="text-sm">
          <Sub id="rules-leagues" className="font-medium">
            {t("leagues")}
          </Sub>
          <p className="text-zinc-600">{t("leaguesExplained")}</p>
          <ul className="mt-1 space-y-1">
            {contest.leagues.map((l) => (
              <li key={l.key}>
                <span className="font-medium">{l.label}:</span>{" "}
                {t("leagueFrom", { value: value(l.minValue) })}
              </li>
            ))}
          </ul>
        </section>
      )}
      <div className="space-y-2 rounded-md bg-zinc-50 p-3 text-sm text-zinc-800">
        <p>
          <span className="font-medium">{t("ties")}</span> {statedRule(tRules, contest.tieBreakKey)}
        </p>
        <p>
          <span className="font-medium">{t("lateRefunds")}</span>{" "}
          {statedRule(tRules, contest.lateRefundRuleKey)}
        </p>
      </div>
    </Card>
  );
}
