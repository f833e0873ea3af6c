import { useFormatter, useLocale, useTranslations } from "next-intl";
import { Delta } from "~/components/stats/delta";
import { formatMoney } from "~/lib/money";
import type { ProgramCockpit } from "~/server/services/cockpit/program-cockpit";

type Kpis = ProgramCockpit["kpis"];
type Compared = [current: bigint | number, previous: bigint | number, previousLabel: string];

/**
 * The cockpit's six figures with their change against the same days of the previous month.
 * Not the analytics page's KpiGrid: that one shows ten figures of a chosen period, and the
 * cockpit wants fewer, with the partner-driven share among them; both use the same Delta.
 */
export function CockpitKpis({ kpis, currency }: { kpis: Kpis; currency: string }) {
  const t = useTranslations("cockpit.kpis");
  const format = useFormatter();
  const locale = useLocale();
  const { current, prior, owed } = kpis;
  const money = (amount: bigint) => formatMoney(amount, currency, locale);
  const count = (value: number) => format.number(value);
  const percent = (value: number | null) =>
    value === null ? "—" : format.number(value, { style: "percent", maximumFractionDigits: 1 });
  // Shares compare in basis points: the delta works on integers.
  const bps = (value: number | null) => Math.round((value ?? 0) * 10_000);

  type Key =
    "revenue" | "partnerShare" | "commission" | "activePartners" | "conversions" | "clicks";
  const items: { key: Key; value: string; compared: Compared }[] = [
    {
      key: "revenue",
      value: money(current.revenue),
      compared: [current.revenue, prior.revenue, money(prior.revenue)],
    },
    {
      key: "partnerShare",
      value: percent(current.partnerShare),
      compared: [bps(current.partnerShare), bps(prior.partnerShare), percent(prior.partnerShare)],
    },
    {
      key: "commission",
      value: money(current.commission),
      compared: [current.commission, prior.commission, money(prior.commission)],
    },
    {
      key: "activePartners",
      value: count(current.activePartners),
      compared: [current.activePartners, prior.activePartners, count(prior.activePartners)],
    },
    {
      key: "conversions",
      value: count(current.conversions.total),
      compared: [
        current.conversions.total,
        prior.conversions.total,
        count(prior.conversions.total),
      ],
    },
    {
      key: "clicks",
      value: count(current.clicks),
      compared: [current.clicks, prior.clicks, count(prior.clicks)],
    },
  ];

  return (
    <dl className="grid grid-cols-2 gap-3 sm:grid-cols-3 lg:grid-cols-4">
      {items.map((item) => (
        <div
          key={item.key}
          className="min-w-0 rounded-lg border border-zinc-200 bg-white p-3 shadow-sm"
          data-testid={`kpi-${item.key}`}
        >
          <dt className="text-xs font-medium text-zinc-600">{t(item.key)}</dt>
          <dd
            className="mt-1 break-words text-lg font-semibold tabular-nums"
            data-testid={`kpi-${item.key}-value`}
          >
            {item.value}
          </dd>
          <dd>
            <Delta
              variant="detailed"
              current={item.compared[0]}
              previous={item.compared[1]}
              previousLabel={item.compared[2]}
            />
          </dd>
        </div>
      ))}
      <div
        className="col-span-2 rounded-lg border border-zinc-200 bg-white p-3 shadow-sm sm:col-span-3 lg:col-span-2"
        data-testid="kpi-owed"
      >
        <dt className="text-xs font-medium text-zinc-600">{t("owed")}</dt>
        <dd className="mt-1 text-lg font-semibold tabular-nums" data-testid="kpi-owed-value">
          {money(owed.pending + owed.approved)}
        </dd>
        <dd className="text-xs text-zinc-600">
          {t("owedNote", { pending: money(owed.pending), approved: money(owed.approved) })}
        </dd>
      </div>
    </dl>
  );
}
