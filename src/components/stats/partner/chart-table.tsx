"use client";

import { useTranslations } from "next-intl";
import type { Series } from "./types";
import type { DashboardFormat } from "./use-format";

/** The chart's numbers as a table for screen readers (the chart itself is hidden from them). */
export function ChartTable(props: { series: Series; format: DashboardFormat }) {
  const t = useTranslations("dashboard.chart");
  const f = props.format;
  const { granularity } = props.series;
  return (
    // A wrapper carries sr-only: a table ignores the 1px width and would widen the page.
    <div className="sr-only">
      <table>
        <caption>{t(granularity === "hour" ? "captionHourly" : "captionDaily")}</caption>
        <thead>
          <tr>
            <th scope="col">{t(granularity === "hour" ? "hour" : "day")}</th>
            <th scope="col">{t("clicks")}</th>
            <th scope="col">{t("uniqueClicks")}</th>
            <th scope="col">{t("conversions")}</th>
            <th scope="col">{t("commission")}</th>
          </tr>
        </thead>
        <tbody>
          {props.series.points.map((point) => (
            <tr key={point.bucket}>
              <th scope="row">{f.bucket(point.bucket, granularity)}</th>
              <td>{f.count(point.clicks)}</td>
              <td>{f.count(point.uniqueClicks)}</td>
              <td>{f.count(point.conversions)}</td>
              <td>{f.money(point.commission)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
