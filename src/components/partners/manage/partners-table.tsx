import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import Link from "next/link";
import { DecisionButtons } from "~/components/partners/manage/decision-buttons";
import { Badge } from "~/components/ui/status-badge";
import { Cell, Table } from "~/components/ui/table";
import { formatMoney } from "~/lib/money";
import type { WindowStats } from "~/server/services/partners/window-stats";
import { statusTone } from "./status-tone";

type Row = {
  id: string;
  name: string | null;
  email: string;
  status: "applied" | "approved" | "rejected" | "suspended" | "training";
  tierKey: string | null;
  appliedAt: Date;
  decidedAt: Date | null;
  stats: WindowStats;
};

/** One page of the console's partner list, each row linking to the partner's page. */
export async function PartnersTable(props: {
  slug: string;
  programId: string;
  currency: string;
  total: number;
  items: readonly Row[];
}) {
  const t = await getTranslations("manager.partners");
  const tState = await getTranslations("manager.status");
  const format = await getFormatter();
  const locale = await getLocale();
  const date = (at: Date) => format.dateTime(at, { dateStyle: "medium" });
  return (
    <Table
      caption={t("caption", { total: props.total })}
      headers={[
        { label: t("partner") },
        { label: t("status") },
        { label: t("tier") },
        { label: t("applied") },
        { label: t("clicks30"), align: "right" },
        { label: t("conversions30"), align: "right" },
        { label: t("commission30"), align: "right" },
        { label: t("actions") },
      ]}
    >
      {props.items.map((row) => (
        <tr key={row.id} data-testid="partner-row">
          <Cell>
            <Link
              href={`/manage/${props.slug}/partners/${row.id}`}
              className="font-medium text-brand-700 underline-offset-2 hover:underline"
            >
              {row.name ?? row.email}
            </Link>
            {row.name && <div className="text-xs text-zinc-600">{row.email}</div>}
          </Cell>
          <Cell>
            <Badge tone={statusTone[row.status]}>{tState(row.status)}</Badge>
          </Cell>
          <Cell className="text-zinc-700">{row.tierKey ?? "—"}</Cell>
          <Cell className="whitespace-nowrap text-zinc-700">
            <div>{date(row.appliedAt)}</div>
            {row.decidedAt && row.status === "approved" && (
              <div className="text-xs text-zinc-600">
                {t("approvedOn", { date: date(row.decidedAt) })}
              </div>
            )}
          </Cell>
          <Cell numeric>{format.number(row.stats.clicks)}</Cell>
          <Cell numeric>{format.number(row.stats.conversions)}</Cell>
          <Cell numeric>{formatMoney(row.stats.commission, props.currency, locale)}</Cell>
          <Cell>
            <DecisionButtons
              programId={props.programId}
              enrollmentId={row.id}
              status={row.status}
              partner={row.email}
            />
          </Cell>
        </tr>
      ))}
    </Table>
  );
}
