import { useFormatter, useLocale, useTranslations } from "next-intl";
import { formatMoney } from "~/lib/money";
import type { programOverview } from "~/server/services/stats/program/program-overview";
import { Delta } from "~/components/stats/delta";

type Overview = Awaited<ReturnType<typeof programOverview>>;
type KpiKey =
  | "clicks"
  | "uniqueClicks"
  | "conversions"
  | "conversionRate"
  | "revenue"
  | "commission"
  | "epc"
  | "paidOut"
  | "activePartners"
  | "newPartners";

/** The period's key figures, each with its change against the previous period. */
export function KpiGrid({ overview }: { overview: Overview }) {
  const t = useTranslations("analytics.kpis");
  const format = useFormatter();
  const locale = useLocale();
  const { current, prior, currency } = overview;
  const money = (amount: bigint) => formatMoney(amount, currency, locale);
  const count = (value: number) => format.number(value);
  const percent = (value: number | null) =>
    value === null ? "—" : format.number(value, { style: "percent", maximumFractionDigits: 1 });
  // Rates compare in basis points: the delta works on integers.
  const bps = (value: number | null) => Math.round((value ?? 0) * 10_000);

  type Compared = [current: bigint | number, previous: bigint | number, previousLabel: string];
  const item = (key: KpiKey, value: string, [now, before, label]: Compared, note?: string) => ({
    key,
    value,
    note,
    delta: <Delta variant="detailed" current={now} previous={before} previousLabel={label} />,
  });
  const byCount = (key: "clicks" | "uniqueClicks" | "activePartners" | "newPartners") =>
    item(key, count(current[key]), [current[key], prior[key], count(prior[key])]);
  const byMoney = (key: "revenue" | "commission" | "paidOut", note?: string) =>
    item(key, money(current[key]), [current[key], prior[key], money(prior[key])], note);
  const epc = (value: bigint | null) => (value === null ? "—" : money(value));

  const items = [
    byCount("clicks"),
    byCount("uniqueClicks"),
    item(
      "conversions",
      count(current.conversions.total),
      [current.conversions.total, prior.conversions.total, count(prior.conversions.total)],
      t("byType", {
        sales: count(current.conversions.sale),
        leads: count(current.conversions.lead),
        installs: count(current.conversions.install),
        actions: count(current.conversions.action),
      }),
    ),
    item("conversionRate", percent(current.conversionRate), [
      bps(current.conversionRate),
      bps(prior.conversionRate),
      percent(prior.conversionRate),
    ]),
    byMoney(
      "revenue",
      current.refunded > 0n ? t("refunded", { amount: money(current.refunded) }) : undefined,
    ),
    byMoney("commission"),
    item("epc", epc(current.epc), [current.epc ?? 0n, prior.epc ?? 0n, epc(prior.epc)]),
    byMoney("paidOut"),
    byCount("activePartners"),
    byCount("newPartners"),
  ];

  return (
    <section aria-labelledby="kpis-title" className="space-y-3">
      <h3 id="kpis-title" className="text-base font-semibold">
        {t("title")}
      </h3>
      <dl className="grid grid-cols-2 gap-3 md:grid-cols-3 xl:grid-cols-5">
        {items.map((item) => (
          <div
            key={item.key}
            className="rounded-lg border border-zinc-200 bg-white p-3 shadow-sm"
            data-testid={`kpi-${item.key}`}
          >
            <dt className="text-xs font-medium text-zinc-600">{t(item.key)}</dt>
            <dd className="mt-1 text-lg font-semibold tabular-nums">{item.value}</dd>
            {item.note && <dd className="text-xs text-zinc-600">{item.note}</dd>}
            <dd>{item.delta}</dd>
          </div>
        ))}
        <div className="col-span-2 rounded-lg border border-zinc-200 bg-white p-3 shadow-sm md:col-span-3 xl:col-span-5">
          <dt className="text-xs font-medium text-zinc-600">{t("owedTitle")}</dt>
          <dd className="mt-1 flex flex-wrap gap-x-6 gap-y-1 text-sm">
            <span>
              {t("owedPending")}:{" "}
              <span className="font-semibold tabular-nums">{money(overview.owed.pending)}</span>
            </span>
            <span>
              {t("owedApproved")}:{" "}
              <span className="font-semibold tabular-nums">{money(overview.owed.approved)}</span>
            </span>
          </dd>
          <dd className="text-xs text-zinc-600">{t("owedNote")}</dd>
        </div>
      </dl>
    </section>
  );
}
