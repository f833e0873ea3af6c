import { maskIban } from "~/lib/iban";
import { payoutDetails } from "~/server/db/schema";
import { recordAudit } from "../audit/record-audit";
import type { ActorContext } from "../context";
import { payoutDetailsSchema, type PayoutDetailsInput } from "./details-schema";

/**
 * Saves the caller's payout details (one set per person, used by all their programs). Open
 * payout requests keep the details they were made with; the change applies to later ones.
 */
export async function savePayoutDetails(ctx: ActorContext, input: PayoutDetailsInput) {
  // Parsed again here: the command line and the seed call services without a router.
  const details = payoutDetailsSchema.parse(input);
  const values =
    details.method === "iban"
      ? {
          method: details.method,
          accountHolder: details.accountHolder,
          iban: details.iban,
          paypalEmail: null,
        }
      : {
          method: details.method,
          accountHolder: details.accountHolder,
          iban: null,
          paypalEmail: details.paypalEmail,
        };
  return ctx.db.transaction(async (tx) => {
    await tx
      .insert(payoutDetails)
      .values({ userId: ctx.userId, ...values })
      .onConflictDoUpdate({
        target: payoutDetails.userId,
        set: { ...values, updatedAt: new Date() },
      });
    // Changed bank details are what account takeovers do first: keep a trace (masked).
    await recordAudit(tx, {
      programId: null,
      actorId: ctx.userId,
      action: "payoutDetails.saved",
      targetType: "user",
      targetId: ctx.userId,
      data: {
        method: values.method,
        account: values.iban ? maskIban(values.iban) : values.paypalEmail,
      },
    });
    return { method: values.method };
  });
}
