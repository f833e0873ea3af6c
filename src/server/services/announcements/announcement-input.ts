import { z } from "zod";

/** What a manager writes: a title and a markdown body (rendered and sanitized when shown). */
export const announcementInputSchema = z.object({
  title: z.string().trim().min(2).max(160),
  body: z.string().trim().min(1).max(20_000),
});
export type AnnouncementInput = z.input<typeof announcementInputSchema>;

export { pageSchema } from "~/lib/paging";

export const ANNOUNCEMENTS_PAGE = 10;
