import type { programs } from "~/server/db/schema";

/**
 * The program row, read by nearly every feature. Kept out of the programs folder, which itself
 * depends on enrollments and announcements, so that the features reading it form no cycle.
 */
export type Program = typeof programs.$inferSelect;
