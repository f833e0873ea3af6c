import { z } from "zod";

/**
 * What a partner's open dashboard is told as it happens. Sent from the database by NOTIFY and
 * pushed to the browser over SSE, so it is plain JSON: ids and ISO times as strings, money as a
 * decimal string of minor units (bigint does not survive JSON).
 *
 * `clicks`: a committed click batch's counts for one enrollment (not a running total).
 * `conversion`: a new attributed conversion, or a review decision on one. `status` is
 * "pending" (commission waiting for its hold), "flagged" (held for fraud review), "cleared" or
 * "rejected" (a manager's decision).
 */
export type LiveEvent =
  | {
      kind: "clicks";
      programId: string;
      enrollmentId: string;
      at: string;
      clicks: number;
      uniqueClicks: number;
    }
  | {
      kind: "conversion";
      programId: string;
      enrollmentId: string;
      at: string;
      conversionId: string;
      type: "sale" | "lead" | "install" | "action";
      status: string;
      /** The partner's own commission in minor units of the program's currency, when known. */
      commission?: string;
    };

const base = {
  programId: z.uuid(),
  enrollmentId: z.uuid(),
  at: z.iso.datetime({ offset: true }),
};

// NOTIFY payloads are untrusted text (anyone with database access may notify the channel).
export const liveEventSchema = z.discriminatedUnion("kind", [
  z.object({
    ...base,
    kind: z.literal("clicks"),
    clicks: z.number().int().nonnegative().max(1_000_000_000),
    uniqueClicks: z.number().int().nonnegative().max(1_000_000_000),
  }),
  z.object({
    ...base,
    kind: z.literal("conversion"),
    conversionId: z.uuid(),
    type: z.enum(["sale", "lead", "install", "action"]),
    status: z.string().min(1).max(32),
    commission: z
      .string()
      .regex(/^-?\d{1,20}$/)
      .optional(),
  }),
]) satisfies z.ZodType<LiveEvent>;

/** The event in a payload, or null when it is not one (malformed JSON or shape). */
export function parseLiveEvent(payload: string): LiveEvent | null {
  let json: unknown;
  try {
    json = JSON.parse(payload);
  } catch {
    return null;
  }
  const parsed = liveEventSchema.safeParse(json);
  return parsed.success ? parsed.data : null;
}
