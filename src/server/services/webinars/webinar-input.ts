import { z } from "zod";
import { isValidTimeZone, parseLocalDateTime } from "~/lib/dates";

/** An https address (join links, recordings): never plain http, never javascript: or data:. */
export const httpsUrlSchema = z
  .string()
  .trim()
  .max(2000)
  .refine(
    (value) => {
      try {
        const url = new URL(value);
        return url.protocol === "https:" && url.hostname.length > 0 && !url.username;
      } catch {
        return false;
      }
    },
    { error: "validation.webinar.https" },
  );

/**
 * What a manager states about a webinar: the start as a wall time ("2025-06-10T16:00") in an
 * IANA zone, converted to an instant by the service (see src/lib/dates.ts).
 */
export const webinarFieldsSchema = z.object({
  title: z.string().trim().min(1).max(200),
  description: z.string().trim().max(5000).default(""),
  startsLocal: z
    .string()
    .refine((value) => parseLocalDateTime(value) !== null, { error: "validation.webinar.start" }),
  timeZone: z.string().refine(isValidTimeZone, { error: "validation.webinar.timeZone" }),
  durationMinutes: z.number().int().min(5).max(1440),
  joinUrl: httpsUrlSchema,
  capacity: z.number().int().min(1).max(100_000).nullable().default(null),
  audienceTierKeys: z
    .array(
      z
        .string()
        .trim()
        .toLowerCase()
        .regex(/^[a-z0-9_-]{1,40}$/, { error: "validation.tierKey" }),
    )
    .max(20)
    .default([])
    .transform((keys) => [...new Set(keys)].sort()),
});

export type WebinarFields = z.output<typeof webinarFieldsSchema>;

export const questionBodySchema = z.string().trim().min(1).max(1000);

/** Server pagination by page number: small tables a manager pages through. */
export { pageSchema } from "~/lib/paging";
