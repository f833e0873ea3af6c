import { z } from "zod";

/** The delivery log's filters and page, from the integrations page's search parameters. */
export const logQuerySchema = z.object({
  hookEndpoint: z.uuid().optional().catch(undefined),
  hookStatus: z.enum(["pending", "succeeded", "failed"]).optional().catch(undefined),
  hookCursor: z.uuid().optional().catch(undefined),
});

export type LogQuery = z.infer<typeof logQuerySchema>;

/** The page's URL with these log parameters (empty ones left out). */
export function logHref(slug: string, query: LogQuery): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query)) if (value) params.set(key, value);
  const search = params.toString();
  return `/manage/${slug}/integrations${search ? `?${search}` : ""}#webhook-log`;
}
