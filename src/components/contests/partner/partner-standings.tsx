"use client";

import { useTranslations } from "next-intl";
import { Card } from "~/components/ui/card";
import { Cell, Table } from "~/components/ui/table";
import { cn } from "~/lib/cn";

export type DisplayName = { kind: "name"; name: string } | { kind: "alias"; code: string };

export type StandingRow = {
  rank: number;
  tied: boolean;
  displayName: DisplayName;
  value: bigint | null;
  isMe: boolean;
  prizeLabel: string | null;
};

/**
 * A slice of the table as a partner may see it: others under an alias or without amounts
 * when the contest says so, the viewer's own row highlighted. Rows are keyed by rank and
 * position: the server sends no ids that could undo an alias.
 */
export function PartnerStandings(props: {
  title: string;
  caption: string;
  rows: StandingRow[];
  value: (v: bigint) => string;
  testId: string;
}) {
  const t = useTranslations("contestsUi.portal");
  const name = (row: StandingRow) =>
    row.displayName.kind === "alias"
      ? t("alias", { code: row.displayName.code })
      : row.displayName.name;
  return (
    <Card className="space-y-3">
      <h2 className="font-semibold">{props.title}</h2>
      <Table
        caption={props.caption}
        headers={[
          { label: t("rank") },
          { label: t("partner") },
          { label: t("value"), align: "right" },
          { label: t("prize") },
        ]}
      >
        {props.rows.map((row, index) => (
          <tr
            key={`${row.rank}-${index}`}
            data-testid={props.testId}
            data-me={row.isMe || undefined}
            className={cn(row.isMe && "bg-brand-50 font-semibold")}
          >
            <Cell className="whitespace-nowrap tabular-nums">
              {row.tied ? t("tiedRank", { rank: row.rank }) : t("rankNumber", { rank: row.rank })}
            </Cell>
            <Cell>
              {name(row)}
              {row.isMe && (
                <span className="ml-2 rounded-full bg-brand-600 px-2 py-0.5 text-xs text-white">
                  {t("you")}
                </span>
              )}
            </Cell>
            <Cell numeric>{row.value === null ? t("hidden") : props.value(row.value)}</Cell>
            <Cell>{row.prizeLabel ?? "—"}</Cell>
          </tr>
        ))}
      </Table>
    </Card>
  );
}
