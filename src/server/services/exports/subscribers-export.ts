import { z } from "zod";
import { subscriberStatus } from "~/server/db/schema";
import { defineExport } from "./define-export";
import { listSubscribers } from "~/server/services/subscribers/list-subscribers";

const PAGE = 500;

/** The console's subscriber list as CSV, with the page's own filters. */
export const subscribersExport = defineExport({
  permission: "program.read",
  params: z.object({
    status: z.enum(subscriberStatus.enumValues).optional().catch(undefined),
    search: z.string().trim().max(100).optional(),
  }),
  describe: (params) => params.status ?? "",
  async fetchPage(ctx, params, cursor: number | null) {
    const page = cursor ?? 1;
    const result = await listSubscribers(ctx, { ...params, page, pageSize: PAGE });
    return { rows: result.items, next: page < result.pages ? page + 1 : null };
  },
}).columns([
  { key: "email", value: (row) => row.email },
  { key: "name", value: (row) => row.name },
  { key: "status", value: (row) => row.status },
  { key: "language", value: (row) => row.locale },
  { key: "topics", value: (row) => row.topics.join(" ") },
  { key: "frequency", value: (row) => row.frequency },
  { key: "subscribed_at", value: (row) => row.createdAt.toISOString() },
  { key: "confirmed_at", value: (row) => row.confirmedAt?.toISOString() ?? null },
  { key: "unsubscribed_at", value: (row) => row.unsubscribedAt?.toISOString() ?? null },
]);
