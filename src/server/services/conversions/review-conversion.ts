import { and, eq } from "drizzle-orm";
import { z } from "zod";
import { conversions } from "~/server/db/schema";
import { conflict, notFound } from "~/server/errors";
import { announceReview } from "~/server/live/review-events";
import { recordAudit } from "../audit/record-audit";
import type { ProgramContext } from "../context";
import { directTotal, loadCorrectable, rollUpCorrection, writeCorrections } from "./corrections";

export const reviewConversionInput = z.object({
  conversionId: z.uuid(),
  decision: z.enum(["clear", "reject"]),
  note: z.string().trim().max(1000).optional(),
});

export type ReviewDecision = z.input<typeof reviewConversionInput>;

/**
 * A manager's decision on a flagged conversion. Clearing lets its commissions be approved when
 * their hold ends; rejecting reverses every commission in full. Only a flagged conversion can
 * be decided, checked under a row lock, so a double click cannot reverse twice.
 */
export async function reviewConversion(ctx: ProgramContext, input: ReviewDecision) {
  const { conversionId, decision, note } = reviewConversionInput.parse(input);
  return ctx.db.transaction(async (tx) => {
    const [conversion] = await tx
      .select()
      .from(conversions)
      .where(and(eq(conversions.id, conversionId), eq(conversions.programId, ctx.program.id)))
      .for("update");
    if (!conversion) throw notFound("conversion");
    if (conversion.reviewStatus !== "flagged") {
      throw conflict("reviewNotAllowed");
    }
    const reviewStatus = decision === "clear" ? "cleared" : "rejected";
    const now = new Date();
    await tx
      .update(conversions)
      .set({ reviewStatus, reviewedAt: now, reviewedBy: ctx.userId })
      .where(eq(conversions.id, conversion.id));

    let reversed = 0n;
    if (decision === "reject") {
      const correctable = await loadCorrectable(tx, conversion.id);
      const written = await writeCorrections(
        tx,
        correctable.map((entry) => ({ entry, amount: entry.remaining })),
        null,
        now,
      );
      reversed = directTotal(written);
      if (written.length > 0) await rollUpCorrection(tx, conversion, { commission: reversed });
    }
    await recordAudit(tx, {
      programId: ctx.program.id,
      actorId: ctx.userId,
      action: `conversion.${decision === "clear" ? "cleared" : "rejected"}`,
      targetType: "conversion",
      targetId: conversion.id,
      data: {
        externalId: conversion.externalId,
        flags: conversion.fraudFlags,
        note,
        reversed: reversed.toString(),
      },
    });
    await announceReview(tx, conversion, reviewStatus, now);
    return { reviewStatus };
  });
}
