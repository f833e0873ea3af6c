import type { ReactNode } from "react";
import { Table } from "~/components/ui/table";
import type { ExportName } from "~/server/services/exports/registry";
import { ExportCsvLink } from "../export-csv-link";
import { TablePager } from "./table-pager";

/**
 * The frame every "top …" table of the analytics page shares: a titled section with its CSV
 * export, optional controls, the table (or an empty note) and its pager. Rows are the caller's.
 */
export function RankedTableSection(props: {
  id: string;
  title: string;
  slug: string;
  exportTable: ExportName;
  exportWhat: string;
  exportQuery: Record<string, string | undefined>;
  controls?: ReactNode;
  empty: string;
  caption: string;
  headers: Parameters<typeof Table>[0]["headers"];
  page: number;
  hasNext: boolean;
  pageHref: (page: number) => string;
  children: ReactNode[];
}) {
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
      {props.children.length === 0 ? (
        <p className="rounded-lg border border-dashed border-zinc-300 bg-white p-6 text-center text-sm text-zinc-600">
          {props.empty}
        </p>
      ) : (
        <Table caption={props.caption} headers={props.headers}>
          {props.children}
        </Table>
      )}
      <TablePager
        table={props.title}
        page={props.page}
        hasNext={props.hasNext}
        href={props.pageHref}
      />
    </section>
  );
}
