import { eq } from "drizzle-orm";
import { maskIban } from "~/lib/iban";
import { payoutDetails, users } from "~/server/db/schema";
import { sendEmail } from "~/server/email/send";
import { recordAudit } from "../audit/record-audit";
import type { ActorContext } from "../context";
import { payoutDetailsSchema, type PayoutDetailsInput } from "./details-schema";
import { maskedAccount } from "./masked-account";

type StoredDetails = {
  method: "iban" | "paypal";
  accountHolder: string;
  iban: string | null;
  paypalEmail: string | null;
};

const sameDetails = (a: StoredDetails, b: StoredDetails) =>
  a.method === b.method &&
  a.accountHolder === b.accountHolder &&
  a.iban === b.iban &&
  a.paypalEmail === b.paypalEmail;

/**
 * Saves the caller's payout details (one set per person, used by all their programs). Open
 * payout requests keep the details they were made with; the change applies to later ones.
 *
 * Changed bank details are what an account takeover does first, so a change (not the first
 * set, not saving the same details again) is stamped in changed_at, which starts the
 * programs' cooling periods; and the partner is emailed the old and new account, masked,
 * whether it is a first set or a change, so they hear of it even when someone else made it.
 */
export async function savePayoutDetails(ctx: ActorContext, input: PayoutDetailsInput) {
  // Parsed again here: the command line and the seed call services without a router.
  const details = payoutDetailsSchema.parse(input);
  const values: StoredDetails =
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
  const saved = await ctx.db.transaction(async (tx) => {
    // Locked so two concurrent saves compare against what the other wrote.
    const [before] = await tx
      .select()
      .from(payoutDetails)
      .where(eq(payoutDetails.userId, ctx.userId))
      .for("update");
    if (before && sameDetails(before, values)) return { changedAt: null, before };
    const now = new Date();
    const changedAt = before ? now : null;
    await tx
      .insert(payoutDetails)
      .values({ userId: ctx.userId, ...values })
      .onConflictDoUpdate({
        target: payoutDetails.userId,
        set: { ...values, updatedAt: now, changedAt },
      });
    await recordAudit(tx, {
      programId: null,
      actorId: ctx.userId,
      action: "payoutDetails.saved",
      targetType: "user",
      targetId: ctx.userId,
      data: {
        method: values.method,
        account: values.iban ? maskIban(values.iban) : values.paypalEmail,
        changed: before !== undefined,
      },
    });
    return { changedAt: now, before };
  });

  if (saved.changedAt) {
    const [partner] = await ctx.db
      .select({ email: users.email, locale: users.locale })
      .from(users)
      .where(eq(users.id, ctx.userId));
    if (partner) {
      await sendEmail(ctx.db, {
        to: partner.email,
        locale: partner.locale,
        template: "payoutDetailsChanged",
        props: {
          previous: saved.before ? maskedAccount(saved.before) : null,
          current: maskedAccount(values),
          changedAt: saved.changedAt.toISOString(),
        },
      });
    }
  }
  return { method: values.method };
}
