import { useLocale, useTranslations } from "next-intl";
import Link from "next/link";
import { Card } from "~/components/ui/card";
import { formatMoney } from "~/lib/money";
import type { ProgramCockpit } from "~/server/services/cockpit/program-cockpit";

const WIDTH = 310;
const HEIGHT = 64;

type Day = ProgramCockpit["trend"]["current"][number];

/**
 * Daily revenue, this month over last month by day of the month, as an inline SVG drawn on
 * the server. Not the analytics page's recharts chart (trend-chart-lazy): the cockpit is the
 * console's landing page and must load fast on a phone, and two lines need no axes, tooltips
 * or a client bundle of ~100 kB; the analytics page keeps the detailed chart. Heights are
 * plotted as Numbers (only geometry, never arithmetic on money).
 */
export function RevenueSparkline(props: {
  slug: string;
  currency: string;
  trend: ProgramCockpit["trend"];
}) {
  const t = useTranslations("cockpit.trend");
  const locale = useLocale();
  const money = (amount: bigint) => formatMoney(amount, props.currency, locale);
  const { current, previous } = props.trend;
  const sum = (days: Day[]) => days.reduce((total, day) => total + day.revenue, 0n);
  const sameDays = previous.slice(0, current.length);
  const slots = Math.max(previous.length, current.length, 2);
  const top = [...current, ...previous].reduce(
    (max, day) => (day.revenue > max ? day.revenue : max),
    0n,
  );
  const points = (days: Day[]) =>
    days
      .map((day, index) => {
        const x = (index / (slots - 1)) * WIDTH;
        const y =
          top === 0n ? HEIGHT - 2 : HEIGHT - 2 - (Number(day.revenue) / Number(top)) * (HEIGHT - 4);
        return `${x.toFixed(1)},${y.toFixed(1)}`;
      })
      .join(" ");
  const summary = t("summary", { current: money(sum(current)), previous: money(sum(sameDays)) });
  return (
    <Card>
      <div className="flex flex-wrap items-baseline justify-between gap-2">
        <h2 className="font-semibold">{t("title")}</h2>
        <Link href={`/manage/${props.slug}/analytics`} className="text-sm text-brand-700 underline">
          {t("more")}
        </Link>
      </div>
      <p className="mt-1 text-sm text-zinc-700" data-testid="trend-summary">
        {summary}
      </p>
      <svg
        viewBox={`0 0 ${WIDTH} ${HEIGHT}`}
        preserveAspectRatio="none"
        className="mt-3 h-16 w-full"
        aria-hidden="true"
        focusable="false"
      >
        {previous.length > 1 && (
          <polyline
            points={points(previous)}
            className="fill-none stroke-zinc-400"
            strokeWidth={1.5}
            strokeDasharray="4 3"
            vectorEffect="non-scaling-stroke"
          />
        )}
        {current.length > 1 ? (
          <polyline
            points={points(current)}
            className="fill-none stroke-brand-600"
            strokeWidth={2}
            vectorEffect="non-scaling-stroke"
          />
        ) : (
          // The 1st of the month: one day, one dot.
          <circle
            cx={0}
            cy={points(current).split(",")[1] ?? HEIGHT - 2}
            r={2.5}
            className="fill-brand-600"
          />
        )}
      </svg>
      <p className="mt-2 flex gap-4 text-xs text-zinc-600" aria-hidden="true">
        <span>
          <span className="mr-1 inline-block h-0.5 w-4 bg-brand-600 align-middle" />
          {t("thisMonth")}
        </span>
        <span>
          <span className="mr-1 inline-block h-0.5 w-4 border-t border-dashed border-zinc-400 align-middle" />
          {t("lastMonth")}
        </span>
      </p>
    </Card>
  );
}
