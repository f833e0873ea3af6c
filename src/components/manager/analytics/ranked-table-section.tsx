import type { ReactNode } from "react";
import { Cell, Table } from "~/components/ui/table";
import type { ExportName } from "~/server/services/exports/registry";
import { ExportCsvLink } from "../export-csv-link";
import { TablePager } from "./table-pager";

/** A column of a ranked table: numbers align right, in the header as in the cells. */
export type RankedColumn<T> = { label: string; numeric?: boolean; cell: (item: T) => ReactNode };

/**
 * Every "top …" table of the analytics page: a titled section with its CSV export, optional
 * controls, one row per item (or an empty note) and its pager. Tables differ only in columns.
 */
export function RankedTableSection<T>(props: {
  id: string;
  title: string;
  slug: string;
  exportTable: ExportName;
  exportWhat: string;
  exportQuery: Record<string, string | undefined>;
  controls?: ReactNode;
  empty: string;
  caption: string;
  columns: RankedColumn<T>[];
  result: { items: T[]; page: number; hasNext: boolean };
  rowKey: (item: T) => string;
  rowTestId: string;
  pageHref: (page: number) => string;
}) {
  const { columns, result } = props;
  const titleId = `${props.id}-title`;
  return (
    <section aria-labelledby={titleId} className="space-y-3">
      <div className="flex flex-wrap items-center justify-between gap-2">
        <h3 id={titleId} className="text-base font-semibold">
          {props.title}
        </h3>
        <ExportCsvLink
          slug={props.slug}
          table={props.exportTable}
          what={props.exportWhat}
          query={props.exportQuery}
        />
      </div>
      {props.controls}
      {result.items.length === 0 ? (
        <p className="rounded-lg border border-dashed border-zinc-300 bg-white p-6 text-center text-sm text-zinc-600">
          {props.empty}
        </p>
      ) : (
        <Table
          caption={props.caption}
          headers={columns.map((column) => ({
            label: column.label,
            align: column.numeric ? "right" : undefined,
          }))}
        >
          {result.items.map((item) => (
            <tr key={props.rowKey(item)} data-testid={props.rowTestId}>
              {columns.map((column, index) => (
                <Cell key={index} numeric={column.numeric}>
                  {column.cell(item)}
                </Cell>
              ))}
            </tr>
          ))}
        </Table>
      )}
      <TablePager
        table={props.title}
        page={result.page}
        hasNext={result.hasNext}
        href={props.pageHref}
      />
    </section>
  );
}
