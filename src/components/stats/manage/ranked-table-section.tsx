import { useFormatter, useLocale, useTranslations } from "next-intl";
import type { ReactNode } from "react";
import { Cell, Table } from "~/components/ui/table";
import { formatMoney } from "~/lib/money";
import { ExportCsvButton } from "../../exports/manage/export-csv-button";
import { analyticsHref, type AnalyticsQuery } from "./analytics-query";
import { TablePager } from "./table-pager";

/** What the analytics page hands each of its "top …" tables. */
export type RankedTableProps<T> = {
  slug: string;
  query: AnalyticsQuery;
  currency: string;
  exportQuery: Record<string, string | undefined>;
  result: { items: T[]; page: number; hasNext: boolean };
};

/**
 * A column of a ranked table: a count or an amount in the program's currency, formatted here,
 * or any `cell`. Numbers align right, in the header as in the cells.
 */
export type RankedColumn<T> = { label: string } & (
  | { count: (item: T) => number }
  | { money: (item: T) => bigint }
  | { cell: (item: T) => ReactNode; numeric?: boolean }
);

type RankedTable = "partners" | "links" | "creatives";
const pageParam = { partners: "pp", links: "lp", creatives: "cp" } as const;
const exportName = {
  partners: "topPartners",
  links: "topLinks",
  creatives: "topCreatives",
} as const;

/**
 * Every "top …" table of the analytics page: a titled section with its CSV export, optional
 * controls, one row per item (or an empty note) and its pager, each paged by its own query
 * parameter. Tables differ only in their columns.
 */
export function RankedTableSection<T>(
  props: RankedTableProps<T> & {
    table: RankedTable;
    controls?: ReactNode;
    caption: string;
    columns: RankedColumn<T>[];
    rowKey: (item: T) => string;
    rowTestId: string;
  },
) {
  const t = useTranslations("analytics");
  const tExports = useTranslations("exports.tables");
  const format = useFormatter();
  const locale = useLocale();
  const numeric = (column: RankedColumn<T>) => !("cell" in column) || !!column.numeric;
  const cell = (column: RankedColumn<T>, item: T) =>
    "count" in column
      ? format.number(column.count(item))
      : "money" in column
        ? formatMoney(column.money(item), props.currency, locale)
        : column.cell(item);
  const { columns, result } = props;
  const id = `top-${props.table}` as const;
  const title = t(`${props.table}.title`);
  const titleId = `${id}-title`;
  return (
    <section aria-labelledby={titleId} className="space-y-3">
      <div className="flex flex-wrap items-center justify-between gap-2">
        <h3 id={titleId} className="text-base font-semibold">
          {title}
        </h3>
        <ExportCsvButton
          slug={props.slug}
          table={id}
          what={tExports(exportName[props.table])}
          query={props.exportQuery}
        />
      </div>
      {props.controls}
      {result.items.length === 0 ? (
        <p className="rounded-lg border border-dashed border-zinc-300 bg-white p-6 text-center text-sm text-zinc-600">
          {t(`${props.table}.empty`)}
        </p>
      ) : (
        <Table
          caption={props.caption}
          headers={columns.map((column) => ({
            label: column.label,
            align: numeric(column) ? "right" : undefined,
          }))}
        >
          {result.items.map((item) => (
            <tr key={props.rowKey(item)} data-testid={props.rowTestId}>
              {columns.map((column, index) => (
                <Cell key={index} numeric={numeric(column)}>
                  {cell(column, item)}
                </Cell>
              ))}
            </tr>
          ))}
        </Table>
      )}
      <TablePager
        table={title}
        page={result.page}
        hasNext={result.hasNext}
        href={(page) => analyticsHref(props.slug, props.query, { [pageParam[props.table]]: page })}
      />
    </section>
  );
}
