import { useFormatter, useTranslations } from "next-intl";
import { cn } from "~/lib/cn";
import { changeOf } from "~/lib/rates";

type DeltaProps = { current: bigint | number; previous: bigint | number } & (
  | {
      /** The manager analytics: the sentence names the previous value as displayed. */
      variant: "detailed";
      previousLabel: string;
    }
  | {
      /** The partner dashboard's cards: a short sentence, and a note when nothing came before. */
      variant: "compact";
    }
);

const colour = (direction: "up" | "down" | "flat") =>
  cn(
    direction === "up" && "text-green-700",
    direction === "down" && "text-red-700",
    direction === "flat" && "text-zinc-600",
  );

/**
 * How a figure moved against the previous period: an arrow and a percentage for the eye, a
 * full sentence for screen readers. Both statistics pages show it, each in its own wording.
 */
export function Delta(props: DeltaProps) {
  const detailed = useTranslations("analytics.delta");
  const compact = useTranslations("dashboard.delta");
  const format = useFormatter();
  const change = changeOf(props.current, props.previous);
  const percent = (ratio: number) =>
    format.number(Math.abs(ratio), { style: "percent", maximumFractionDigits: 1 });

  if (props.variant === "compact") {
    if (BigInt(props.previous) === 0n) {
      return <span className="text-xs text-zinc-600">{compact("none")}</span>;
    }
    // The direction follows the rounded change: a move below 0.01 % reads as unchanged.
    const ratio = change.ratio ?? 0;
    const value = percent(ratio);
    const direction = ratio > 0 ? "up" : ratio < 0 ? "down" : "same";
    return (
      <span
        className={cn("text-xs font-medium", colour(direction === "same" ? "flat" : direction))}
      >
        <span aria-hidden="true">
          {direction === "up" ? "▲ " : direction === "down" ? "▼ " : ""}
          {value}
        </span>
        <span className="sr-only">{compact(direction, { value })}</span>
      </span>
    );
  }

  const shown = change.ratio === null ? "" : percent(change.ratio);
  const sentence =
    change.direction === "flat"
      ? detailed("flat")
      : change.ratio === null
        ? detailed("fromZero")
        : detailed(change.direction, { change: shown, previous: props.previousLabel });
  return (
    <p className={cn("mt-1 text-xs", colour(change.direction))}>
      <span aria-hidden="true">
        {change.direction === "up" ? "▲" : change.direction === "down" ? "▼" : "–"} {shown}
      </span>
      <span className="sr-only">{sentence}</span>
    </p>
  );
}
