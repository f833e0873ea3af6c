import { z } from "zod";

/** What a private note may hold; the table's CHECK allows 1 to 5,000 characters as well. */
export const noteBodySchema = z.string().trim().min(1).max(5_000);

/** How much of a note the audit log keeps: enough to recognise it, not a copy of it. */
export function noteExcerpt(body: string, length = 80): string {
  const flat = body.replace(/\s+/g, " ").trim();
  return flat.length <= length ? flat : `${flat.slice(0, length - 1)}…`;
}
