import {
  dailySeriesExport,
  topCreativesExport,
  topLinksExport,
  topPartnersExport,
} from "./analytics-exports";
import { auditExport, conversionsExport, partnersExport, payoutsExport } from "./console-exports";
import { subscribersExport } from "./subscribers-export";
import type { ExportTable } from "./define-export";

/**
 * Every table of the console that can be downloaded as CSV, by the name its URL uses
 * (/api/manage/{slug}/export/{name}). Adding a table is one definition and one line here.
 */
export const exportTables = {
  conversions: conversionsExport,
  payouts: payoutsExport,
  partners: partnersExport,
  audit: auditExport,
  "top-partners": topPartnersExport,
  "top-links": topLinksExport,
  "top-creatives": topCreativesExport,
  daily: dailySeriesExport,
  subscribers: subscribersExport,
} satisfies Record<string, ExportTable>;

export type ExportName = keyof typeof exportTables;

export function isExportName(name: string): name is ExportName {
  return Object.hasOwn(exportTables, name);
}
