import type { inferRouterOutputs } from "@trpc/server";
import type { AppRouter } from "~/server/api/root";

type Outputs = inferRouterOutputs<AppRouter>["partner"]["dashboard"];

export type Summary = Outputs["summary"];
export type Series = Outputs["series"];
export type LinkPage = Outputs["byLink"];
export type SubIdPage = Outputs["bySubId"];
export type Recent = Outputs["recent"];
export type Totals = Summary["totals"];

/** A preset or a custom range of UTC days: what the dashboard procedures take. */
export type Range = { preset: "today" | "7d" | "30d" | "90d" } | { from: string; to: string };

export const DEFAULT_RANGE: Range = { preset: "7d" };
export const BREAKDOWN_PAGE_SIZE = 10;

/** Everything the first paint needs, loaded by the page on the server for DEFAULT_RANGE. */
export type InitialDashboard = {
  summary: Summary;
  series: Series;
  byLink: LinkPage;
  bySubId: SubIdPage;
  recent: Recent;
};

export const sameRange = (a: Range, b: Range) =>
  "preset" in a
    ? "preset" in b && a.preset === b.preset
    : !("preset" in b) && a.from === b.from && a.to === b.to;
export type Home = Outputs["home"];
