import { eq } from "drizzle-orm";
import { maskIban } from "~/lib/iban";
import { payoutDetails } from "~/server/db/schema";
import type { ActorContext } from "../context";

/** The caller's payout details as the portal shows them: the IBAN masked, never in full. */
export async function getPayoutDetails(ctx: ActorContext) {
  const [row] = await ctx.db
    .select()
    .from(payoutDetails)
    .where(eq(payoutDetails.userId, ctx.userId));
  if (!row) return null;
  return {
    method: row.method,
    accountHolder: row.accountHolder,
    iban: row.iban ? maskIban(row.iban) : null,
    paypalEmail: row.paypalEmail,
    updatedAt: row.updatedAt,
  };
}
