import { useTranslations } from "next-intl";
import Link from "next/link";
import { cn } from "~/lib/cn";
import { PERIOD_PRESETS } from "~/server/services/stats/program/period";
import { analyticsHref, type AnalyticsQuery } from "./analytics-query";

/**
 * The period: preset links, or a custom range through a plain GET form (works without
 * JavaScript; the browser's date inputs give keyboard and screen-reader support).
 */
export function PeriodPicker(props: {
  slug: string;
  query: AnalyticsQuery;
  range: { from: string; to: string };
}) {
  const t = useTranslations("analytics.period");
  const { query } = props;
  return (
    <div className="flex flex-col gap-3 lg:flex-row lg:items-end lg:justify-between">
      <ul className="flex flex-wrap gap-2" aria-label={t("label")}>
        {PERIOD_PRESETS.map((preset) => (
          <li key={preset}>
            <Link
              href={analyticsHref(props.slug, query, { range: preset, pp: 1, lp: 1, cp: 1 })}
              aria-current={query.range === preset ? "true" : undefined}
              className={cn(
                "inline-block rounded-full border px-3 py-1 text-sm",
                query.range === preset
                  ? "border-brand-600 bg-brand-50 text-brand-700"
                  : "border-zinc-300 bg-white text-zinc-800",
              )}
            >
              {t(`presets.${preset}`)}
            </Link>
          </li>
        ))}
      </ul>
      <form method="get" className="flex flex-wrap items-end gap-2" aria-label={t("custom")}>
        <input type="hidden" name="range" value="custom" />
        {query.metric !== "revenue" && <input type="hidden" name="metric" value={query.metric} />}
        <label className="text-sm">
          <span className="block text-zinc-700">{t("from")}</span>
          <input
            type="date"
            name="from"
            required
            defaultValue={props.range.from}
            className="mt-1 rounded-md border border-zinc-300 bg-white px-2 py-1 text-sm"
          />
        </label>
        <label className="text-sm">
          <span className="block text-zinc-700">{t("to")}</span>
          <input
            type="date"
            name="to"
            required
            defaultValue={props.range.to}
            className="mt-1 rounded-md border border-zinc-300 bg-white px-2 py-1 text-sm"
          />
        </label>
        <button
          type="submit"
          className="min-h-8 rounded-md border border-zinc-300 bg-white px-3 py-1 text-sm font-medium hover:bg-zinc-50"
        >
          {t("apply")}
        </button>
      </form>
    </div>
  );
}
