import type { Executor } from "~/server/db/client";
import type { conversions } from "~/server/db/schema";
import { publishLiveEvents } from "./publish";

type Reviewed = Pick<typeof conversions.$inferSelect, "id" | "programId" | "enrollmentId" | "type">;

/**
 * Tells the partner's open dashboard that a manager decided on their flagged conversion. Call
 * it in the decision's transaction: a decision rolled back is never announced.
 */
export async function announceReview(
  tx: Executor,
  conversion: Reviewed,
  status: "cleared" | "rejected",
  at: Date,
): Promise<void> {
  if (!conversion.enrollmentId) return;
  await publishLiveEvents(tx, [
    {
      kind: "conversion",
      programId: conversion.programId,
      enrollmentId: conversion.enrollmentId,
      at: at.toISOString(),
      conversionId: conversion.id,
      type: conversion.type,
      status,
    },
  ]);
}
