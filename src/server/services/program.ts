import type { programs } from "~/server/db/schema";

export type Program = typeof programs.$inferSelect;
