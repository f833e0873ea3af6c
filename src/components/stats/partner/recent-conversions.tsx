"use client";

import { useTranslations } from "next-intl";
import { Badge } from "~/components/ui/status-badge";
import type { RecentStatus } from "~/server/services/stats/partner/recent-status";
import type { Recent } from "./types";
import type { DashboardFormat } from "./use-format";

const tones: Record<RecentStatus, "green" | "amber" | "red" | "zinc" | "blue"> = {
  held: "amber",
  rejected: "red",
  reversed: "red",
  noCommission: "zinc",
  pending: "blue",
  approved: "green",
  paid: "green",
};

/**
 * The partner's latest conversions, newest first, with what each earned and where it stands
 * (a tab of the dashboard: the tab names it).
 */
export function RecentConversions(props: { items: Recent; format: DashboardFormat }) {
  const t = useTranslations("dashboard.recent");
  const f = props.format;
  return (
    <>
      {props.items.length === 0 ? (
        <p className="text-sm text-zinc-600">{t("empty")}</p>
      ) : (
        <ul className="divide-y divide-zinc-100">
          {props.items.map((item) => (
            <li
              key={item.id}
              className="flex flex-wrap items-center justify-between gap-x-4 gap-y-1 py-2"
              data-testid="recent-conversion"
            >
              <div className="min-w-0">
                <p className="text-sm font-medium text-zinc-900">
                  {t(`type.${item.type}`)}
                  {item.amount !== null && (
                    <span className="font-normal text-zinc-700">
                      {" · "}
                      {f.moneyIn(item.amount, item.currency)}
                    </span>
                  )}
                </p>
                <p className="text-xs text-zinc-600">
                  {f.moment(item.occurredAt)}
                  {item.refunded > 0n && ` · ${t("refunded", { amount: f.money(item.refunded) })}`}
                </p>
              </div>
              <div className="flex items-center gap-3">
                <span className="text-sm font-semibold tabular-nums">
                  <span className="sr-only">{t("commission")}: </span>
                  {f.money(item.commission)}
                </span>
                <Badge tone={tones[item.status]}>{t(`status.${item.status}`)}</Badge>
              </div>
            </li>
          ))}
        </ul>
      )}
    </>
  );
}
