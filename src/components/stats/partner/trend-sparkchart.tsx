"use client";

import { useTranslations } from "next-intl";
import type { Series } from "./types";
import type { DashboardFormat } from "./use-format";

export const SPARKCHART_HEIGHT = 160;
const WIDTH = 600;

/**
 * Commission (bars) and clicks (line) over the range, drawn as one small SVG: the first screen
 * of a phone gets a trend without parsing a chart library (recharts cost the home ~400 KB of
 * script and its Lighthouse score). Scales are per series, so each shape reads on its own; the
 * exact figures are in ChartTable for screen readers and in the tables below.
 */
export function TrendSparkchart(props: { series: Series; format: DashboardFormat }) {
  const t = useTranslations("dashboard.chart");
  const f = props.format;
  const { points, granularity } = props.series;
  const maxCommission = points.reduce((max, p) => (p.commission > max ? p.commission : max), 0n);
  const maxClicks = Math.max(0, ...points.map((p) => p.clicks));
  const slot = WIDTH / Math.max(points.length, 1);
  const barWidth = Math.max(slot * 0.6, 1);
  const y = (share: number) => SPARKCHART_HEIGHT - share * (SPARKCHART_HEIGHT - 8);
  const line = points
    .map((p, i) => `${(i + 0.5) * slot},${y(maxClicks === 0 ? 0 : p.clicks / maxClicks)}`)
    .join(" ");
  const first = points[0];
  const last = points.at(-1);
  return (
    <div aria-hidden="true">
      <div className="mb-2 flex flex-wrap gap-x-4 gap-y-1 text-xs text-zinc-600">
        <span className="flex items-center gap-1">
          <span className="inline-block size-2.5 rounded-sm bg-emerald-600" />
          {t("commission")} · {t("peak", { value: f.money(maxCommission) })}
        </span>
        <span className="flex items-center gap-1">
          <span className="inline-block h-0.5 w-3 bg-brand-600" />
          {t("clicks")} · {t("peak", { value: f.count(maxClicks) })}
        </span>
      </div>
      <svg
        viewBox={`0 0 ${WIDTH} ${SPARKCHART_HEIGHT}`}
        preserveAspectRatio="none"
        className="block w-full"
        style={{ height: SPARKCHART_HEIGHT }}
      >
        <line
          x1={0}
          x2={WIDTH}
          y1={SPARKCHART_HEIGHT - 0.5}
          y2={SPARKCHART_HEIGHT - 0.5}
          className="stroke-zinc-300"
          vectorEffect="non-scaling-stroke"
        />
        {maxCommission > 0n &&
          points.map((p, i) => {
            // Shares of the peak; exact enough to draw (the figures themselves stay bigint).
            const share = Number((p.commission * 10_000n) / maxCommission) / 10_000;
            const top = y(share);
            return (
              <rect
                key={p.bucket}
                x={i * slot + (slot - barWidth) / 2}
                y={top}
                width={barWidth}
                height={SPARKCHART_HEIGHT - top}
                className="fill-emerald-600"
              />
            );
          })}
        {maxClicks > 0 && (
          <polyline
            points={line}
            fill="none"
            strokeWidth={2}
            strokeLinejoin="round"
            vectorEffect="non-scaling-stroke"
            className="stroke-brand-600"
          />
        )}
      </svg>
      {first && last && (
        <div className="mt-1 flex justify-between text-xs text-zinc-600">
          <span>{f.bucket(first.bucket, granularity)}</span>
          <span>{f.bucket(last.bucket, granularity)}</span>
        </div>
      )}
    </div>
  );
}
