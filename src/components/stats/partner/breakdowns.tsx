"use client";

import { useTranslations } from "next-intl";
import type { ReactNode } from "react";
import { Cell, Table } from "~/components/ui/table";
import { Pager } from "./pager";
import type { LinkPage, SubIdPage } from "./types";
import type { DashboardFormat } from "./use-format";

type Paging = { onPage: (page: number) => void; format: DashboardFormat };
type Figures = LinkPage["items"][number] | SubIdPage["items"][number];
type Row = { key: string; name: ReactNode; figures: Figures; testId: string };

/**
 * One breakdown: a table from a tablet up, and on a phone a card per row with the three
 * figures that matter there (seven columns do not fit 390 px without wrapping names letter by
 * letter). Both come from the same rows; only one is displayed at a time.
 */
function Breakdown(
  props: {
    rows: Row[];
    first: string;
    caption: string;
    empty: string;
    pagesLabel: string;
    data: LinkPage | SubIdPage;
  } & Paging,
) {
  const t = useTranslations("dashboard.breakdown");
  const f = props.format;
  if (props.rows.length === 0) return <p className="text-sm text-zinc-600">{props.empty}</p>;
  return (
    <>
      <Table
        className="hidden md:block"
        caption={props.caption}
        landmark={false}
        headers={[
          { label: props.first },
          { label: t("clicks"), align: "right" },
          { label: t("uniqueClicks"), align: "right" },
          { label: t("conversions"), align: "right" },
          { label: t("conversionRate"), align: "right" },
          { label: t("commission"), align: "right" },
          { label: t("epc"), align: "right" },
        ]}
      >
        {props.rows.map((row) => (
          <tr key={row.key} data-testid={row.testId}>
            <Cell>{row.name}</Cell>
            <Cell numeric>{f.count(row.figures.clicks)}</Cell>
            <Cell numeric>{f.count(row.figures.uniqueClicks)}</Cell>
            <Cell numeric>{f.count(row.figures.conversions)}</Cell>
            <Cell numeric>{f.percent(row.figures.conversionRate)}</Cell>
            <Cell numeric>{f.money(row.figures.commission)}</Cell>
            <Cell numeric>{f.money(row.figures.epc)}</Cell>
          </tr>
        ))}
      </Table>
      <ul className="space-y-2 md:hidden" aria-label={props.caption}>
        {props.rows.map((row) => (
          <li key={row.key} className="rounded-md border border-zinc-200 p-3">
            <div className="min-w-0 truncate">{row.name}</div>
            <dl className="mt-2 grid grid-cols-3 gap-2 text-sm">
              <div>
                <dt className="text-xs text-zinc-600">{t("clicks")}</dt>
                <dd className="tabular-nums">{f.count(row.figures.clicks)}</dd>
              </div>
              <div>
                <dt className="text-xs text-zinc-600">{t("conversions")}</dt>
                <dd className="tabular-nums">{f.count(row.figures.conversions)}</dd>
              </div>
              <div>
                <dt className="text-xs text-zinc-600">{t("commission")}</dt>
                <dd className="font-semibold tabular-nums">{f.money(row.figures.commission)}</dd>
              </div>
            </dl>
          </li>
        ))}
      </ul>
      <Pager
        label={props.pagesLabel}
        page={props.data.page}
        pageSize={props.data.pageSize}
        total={props.data.total}
        onPage={props.onPage}
      />
    </>
  );
}

/** The range's figures per tracking link (promo-code sales in a row of their own). */
export function LinkBreakdown(props: { data: LinkPage } & Paging) {
  const t = useTranslations("dashboard.breakdown");
  const rows = props.data.items.map((row) => ({
    key: row.linkId ?? "promo",
    testId: "dashboard-link-row",
    figures: row,
    name:
      row.linkId === null ? (
        <span className="font-medium">{t("promoCodes")}</span>
      ) : (
        <>
          <span className="block font-medium">{row.label || t("unlabelled")}</span>
          <code className="text-xs text-zinc-600">{row.code}</code>
        </>
      ),
  }));
  return (
    <Breakdown
      {...props}
      rows={rows}
      first={t("link")}
      caption={t("byLinkCaption")}
      empty={t("noLinks")}
      pagesLabel={t("byLinkPages")}
    />
  );
}

/** The range's figures per sub-id (the visit's own, else its link's). */
export function SubIdBreakdown(props: { data: SubIdPage } & Paging) {
  const t = useTranslations("dashboard.breakdown");
  const rows = props.data.items.map((row) => ({
    key: row.subId,
    testId: "dashboard-subid-row",
    figures: row,
    name: <code className="break-all text-sm">{row.subId}</code>,
  }));
  return (
    <Breakdown
      {...props}
      rows={rows}
      first={t("subId")}
      caption={t("bySubIdCaption")}
      empty={t("noSubIds")}
      pagesLabel={t("bySubIdPages")}
    />
  );
}
