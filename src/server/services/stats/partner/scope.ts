import { z } from "zod";
import { pageSchema, pageSizeSchema } from "~/lib/paging";
import type { PartnerContext } from "../../context";
import { dashboardRangeSchema } from "./period";

export const dashboardInput = z.object({ range: dashboardRangeSchema });
export type DashboardInput = z.input<typeof dashboardInput>;

export const PAGE_SIZE_MAX = 50;
export const breakdownInput = dashboardInput.extend({
  page: pageSchema,
  pageSize: pageSizeSchema(PAGE_SIZE_MAX, 10),
});
export type BreakdownInput = z.input<typeof breakdownInput>;

export type DashboardScope = {
  program: { id: string; slug: string; name: string; currency: string };
  enrollmentId: string;
};

/** What the dashboard's figures are read for: the enrollment the procedure resolved. */
export function dashboardScope(ctx: PartnerContext): DashboardScope {
  const { id, slug, name, currency } = ctx.program;
  return { program: { id, slug, name, currency }, enrollmentId: ctx.enrollment.id };
}
