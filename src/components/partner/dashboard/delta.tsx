"use client";

import { useTranslations } from "next-intl";
import { cn } from "~/lib/cn";
import { relativeChange } from "~/lib/rates";
import type { DashboardFormat } from "./use-format";

/** ▲/▼ and the change on the previous period of equal length, spelled out for screen readers. */
export function Delta(props: {
  current: bigint | number;
  previous: bigint | number;
  format: DashboardFormat;
}) {
  const t = useTranslations("dashboard.delta");
  const change = relativeChange(props.current, props.previous);
  if (change === null) {
    return <span className="text-xs text-zinc-600">{t("none")}</span>;
  }
  const value = props.format.percent(Math.abs(change));
  const direction = change > 0 ? "up" : change < 0 ? "down" : "same";
  return (
    <span
      className={cn(
        "text-xs font-medium",
        direction === "up" && "text-green-700",
        direction === "down" && "text-red-700",
        direction === "same" && "text-zinc-600",
      )}
    >
      <span aria-hidden="true">
        {direction === "up" ? "▲ " : direction === "down" ? "▼ " : ""}
        {value}
      </span>
      <span className="sr-only">{t(direction, { value })}</span>
    </span>
  );
}
