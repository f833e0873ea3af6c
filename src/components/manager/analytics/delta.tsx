import { useFormatter, useTranslations } from "next-intl";
import { cn } from "~/lib/cn";
import { changeOf } from "~/server/services/analytics/figures";

/**
 * How a figure moved against the previous period: an arrow and a percentage for the eye, a
 * full sentence for screen readers ("Up 25% from 1,200 in the previous period").
 */
export function Delta(props: {
  current: bigint | number;
  previous: bigint | number;
  /** The previous value as displayed (money, percent…). */
  previousLabel: string;
}) {
  const t = useTranslations("analytics.delta");
  const format = useFormatter();
  const change = changeOf(props.current, props.previous);
  const percent =
    change.ratio === null
      ? ""
      : format.number(Math.abs(change.ratio), { style: "percent", maximumFractionDigits: 1 });
  const sentence =
    change.direction === "flat"
      ? t("flat")
      : change.ratio === null
        ? t("fromZero")
        : t(change.direction, { change: percent, previous: props.previousLabel });
  return (
    <p
      className={cn(
        "mt-1 text-xs",
        change.direction === "up" && "text-green-700",
        change.direction === "down" && "text-red-700",
        change.direction === "flat" && "text-zinc-600",
      )}
    >
      <span aria-hidden="true">
        {change.direction === "up" ? "▲" : change.direction === "down" ? "▼" : "–"} {percent}
      </span>
      <span className="sr-only">{sentence}</span>
    </p>
  );
}
