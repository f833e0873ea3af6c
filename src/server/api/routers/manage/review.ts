import { z } from "zod";
import { DomainError } from "~/server/errors";
import type { ProgramContext } from "~/server/services/context";
import { clickToSaleSeconds } from "~/server/services/conversions/list-conversions";
import { listReviewQueue, reviewQueueInput } from "~/server/services/conversions/list-review-queue";
import {
  reviewConversion,
  reviewConversionInput,
} from "~/server/services/conversions/review-conversion";
import { createTRPCRouter, managerProcedure } from "../../trpc";

const decision = reviewConversionInput.shape.decision;
const note = reviewConversionInput.shape.note;

export const manageReviewRouter = createTRPCRouter({
  /** Flagged conversions, oldest first, with how long the buyer took from click to sale. */
  queue: managerProcedure("conversions.read")
    .input(reviewQueueInput)
    .query(async ({ ctx, input }) => {
      const page = await listReviewQueue(ctx, { cursor: input.cursor, limit: input.limit });
      const seconds = await clickToSaleSeconds(
        ctx,
        page.items.map((item) => item.id),
      );
      return {
        ...page,
        items: page.items.map((item) => ({
          ...item,
          clickToSaleSeconds: seconds.get(item.id) ?? null,
        })),
      };
    }),

  decide: managerProcedure("conversions.review")
    .input(reviewConversionInput)
    .mutation(({ ctx, input }) =>
      reviewConversion(ctx, {
        conversionId: input.conversionId,
        decision: input.decision,
        note: input.note,
      }),
    ),

  /**
   * The same decision on several conversions. Each is its own transaction and audit record,
   * so one that another manager decided meanwhile is reported as skipped instead of undoing
   * the others.
   */
  decideMany: managerProcedure("conversions.review")
    .input(
      z.object({
        conversionIds: z.array(z.uuid()).min(1).max(100),
        decision,
        note,
      }),
    )
    .mutation(({ ctx, input }) => decideEach(ctx, input)),
});

async function decideEach(
  ctx: ProgramContext,
  input: { conversionIds: string[]; decision: "clear" | "reject"; note?: string },
) {
  const decided: string[] = [];
  const skipped: { conversionId: string; reason: string }[] = [];
  // One after the other: a hundred parallel transactions would drain the connection pool.
  for (const conversionId of new Set(input.conversionIds)) {
    try {
      await reviewConversion(ctx, { conversionId, decision: input.decision, note: input.note });
      decided.push(conversionId);
    } catch (error) {
      if (!(error instanceof DomainError)) throw error;
      skipped.push({ conversionId, reason: error.key });
    }
  }
  return { decided, skipped };
}
