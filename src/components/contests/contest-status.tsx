import { useFormatter, useTranslations } from "next-intl";
import { Badge } from "~/components/ui/status-badge";

export type ContestStatus = "draft" | "scheduled" | "running" | "ended" | "final" | "cancelled";

const tone = {
  draft: "zinc",
  scheduled: "blue",
  running: "green",
  ended: "amber",
  final: "blue",
  cancelled: "red",
} as const;

/** A contest's status as a badge; works in server and client components alike. */
export function ContestStatusBadge({ status }: { status: ContestStatus }) {
  const t = useTranslations("contestsUi.status");
  return <Badge tone={tone[status]}>{t(status)}</Badge>;
}

/** "1 Mar 2025 – 31 Mar 2025": contest days are whole UTC days, shown as such. */
export function utcDayRange(
  format: Pick<ReturnType<typeof useFormatter>, "dateTime">,
  from: string,
  to: string,
): string {
  const day = (d: string) =>
    format.dateTime(new Date(`${d}T00:00:00Z`), { dateStyle: "medium", timeZone: "UTC" });
  return from === to ? day(from) : `${day(from)} – ${day(to)}`;
}
