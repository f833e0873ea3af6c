"use client";

import { useTranslations } from "next-intl";
import { Card } from "~/components/ui/card";
import { Cell, Table } from "~/components/ui/table";
import { Pager } from "./pager";
import type { LinkPage, SubIdPage } from "./types";
import type { DashboardFormat } from "./use-format";

type Paging = { onPage: (page: number) => void; format: DashboardFormat };

function useColumns() {
  const t = useTranslations("dashboard.breakdown");
  return (first: string) => [
    { label: first },
    { label: t("clicks"), align: "right" as const },
    { label: t("uniqueClicks"), align: "right" as const },
    { label: t("conversions"), align: "right" as const },
    { label: t("conversionRate"), align: "right" as const },
    { label: t("commission"), align: "right" as const },
    { label: t("epc"), align: "right" as const },
  ];
}

type Figures = LinkPage["items"][number] | SubIdPage["items"][number];

function FigureCells({ row, format: f }: { row: Figures; format: DashboardFormat }) {
  return (
    <>
      <Cell numeric>{f.count(row.clicks)}</Cell>
      <Cell numeric>{f.count(row.uniqueClicks)}</Cell>
      <Cell numeric>{f.count(row.conversions)}</Cell>
      <Cell numeric>{f.percent(row.conversionRate)}</Cell>
      <Cell numeric>{f.money(row.commission)}</Cell>
      <Cell numeric>{f.money(row.epc)}</Cell>
    </>
  );
}

/** The range's figures per tracking link (promo-code sales in a row of their own). */
export function LinkBreakdown(props: { data: LinkPage } & Paging) {
  const t = useTranslations("dashboard.breakdown");
  const columns = useColumns();
  const { data } = props;
  return (
    <Card>
      <h2 className="mb-3 font-semibold">{t("byLink")}</h2>
      {data.items.length === 0 ? (
        <p className="text-sm text-zinc-600">{t("noLinks")}</p>
      ) : (
        <Table caption={t("byLinkCaption")} headers={columns(t("link"))}>
          {data.items.map((row) => (
            <tr key={row.linkId ?? "promo"} data-testid="dashboard-link-row">
              <Cell>
                {row.linkId === null ? (
                  <span className="font-medium">{t("promoCodes")}</span>
                ) : (
                  <>
                    <span className="block font-medium">{row.label || t("unlabelled")}</span>
                    <code className="text-xs text-zinc-600">{row.code}</code>
                  </>
                )}
              </Cell>
              <FigureCells row={row} format={props.format} />
            </tr>
          ))}
        </Table>
      )}
      <Pager
        label={t("byLinkPages")}
        page={data.page}
        pageSize={data.pageSize}
        total={data.total}
        onPage={props.onPage}
      />
    </Card>
  );
}

/** The range's figures per sub-id (the visit's own, else its link's). */
export function SubIdBreakdown(props: { data: SubIdPage } & Paging) {
  const t = useTranslations("dashboard.breakdown");
  const columns = useColumns();
  const { data } = props;
  return (
    <Card>
      <h2 className="mb-3 font-semibold">{t("bySubId")}</h2>
      {data.items.length === 0 ? (
        <p className="text-sm text-zinc-600">{t("noSubIds")}</p>
      ) : (
        <Table caption={t("bySubIdCaption")} headers={columns(t("subId"))}>
          {data.items.map((row) => (
            <tr key={row.subId} data-testid="dashboard-subid-row">
              <Cell>
                <code className="break-all text-sm">{row.subId}</code>
              </Cell>
              <FigureCells row={row} format={props.format} />
            </tr>
          ))}
        </Table>
      )}
      <Pager
        label={t("bySubIdPages")}
        page={data.page}
        pageSize={data.pageSize}
        total={data.total}
        onPage={props.onPage}
      />
    </Card>
  );
}
