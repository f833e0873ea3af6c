import { and, eq } from "drizzle-orm";
import type { Db } from "~/server/db/client";
import { programs, subscribers } from "~/server/db/schema";
import { DomainError, notFound } from "~/server/errors";
import { hitRateLimit } from "../rate-limit/hit-rate-limit";
import { recordConsent, type RequestMeta } from "./consent";
import {
  CONFIRM_TTL_MS,
  mayResendConfirmation,
  newConfirmToken,
  SUBSCRIBE_LIMITS,
  subscribeInput,
  type SubscribeInput,
} from "./rules";
import { sendConfirmation } from "./subscriber-emails";

/** Too many attempts from one visitor or for one address: try again after `retryAfter` s. */
export const rateLimited = (retryAfter: number) =>
  new DomainError("BAD_REQUEST", "rateLimited", { retryAfter });

/**
 * The public subscribe form. The answer is the same whatever the address's state (new,
 * pending, confirmed, unsubscribed), so the form cannot be used to learn who subscribed.
 * New and unsubscribed addresses (re)start double opt-in; a pending one gets a fresh link
 * unless the last was sent minutes ago; a confirmed one gets nothing.
 */
export async function requestSubscription(
  db: Db,
  raw: SubscribeInput,
  meta: RequestMeta,
  now = new Date(),
): Promise<{ ok: true }> {
  const input = subscribeInput.parse(raw);
  if (meta.ipHash) {
    const perIp = await hitRateLimit(
      db,
      `subscribe:ip:${meta.ipHash}`,
      SUBSCRIBE_LIMITS.perIp,
      now,
    );
    if (!perIp.allowed) throw rateLimited(perIp.retryAfterSeconds);
  }
  const [program] = await db
    .select({ id: programs.id, name: programs.name })
    .from(programs)
    .where(eq(programs.slug, input.slug));
  if (!program) throw notFound("program");
  const perAddress = await hitRateLimit(
    db,
    `subscribe:address:${program.id}:${input.email}`,
    SUBSCRIBE_LIMITS.perAddress,
    now,
  );
  if (!perAddress.allowed) throw rateLimited(perAddress.retryAfterSeconds);

  const { token, hash } = newConfirmToken();
  const choice = { name: input.name, locale: input.locale, topics: input.topics };
  const pending = {
    ...choice,
    status: "pending" as const,
    confirmTokenHash: hash,
    confirmExpiresAt: new Date(now.getTime() + CONFIRM_TTL_MS),
    updatedAt: now,
  };
  const issued = await db.transaction(async (tx) => {
    // Lock the address's row (if any) so two quick submissions cannot both send a link.
    const [existing] = await tx
      .select()
      .from(subscribers)
      .where(and(eq(subscribers.programId, program.id), eq(subscribers.email, input.email)))
      .for("update");
    if (existing?.status === "confirmed") return null;
    if (existing?.status === "pending" && !mayResendConfirmation(existing.confirmExpiresAt, now))
      return null;
    const [row] = existing
      ? await tx
          .update(subscribers)
          .set(pending)
          .where(eq(subscribers.id, existing.id))
          .returning({ id: subscribers.id })
      : await tx
          .insert(subscribers)
          .values({ programId: program.id, email: input.email, ...pending, createdAt: now })
          .onConflictDoNothing({ target: [subscribers.programId, subscribers.email] })
          .returning({ id: subscribers.id });
    // A concurrent first submission inserted it: that one sends the link.
    if (!row) return null;
    await recordConsent(tx, {
      programId: program.id,
      email: input.email,
      action: "subscribe_requested",
      method: "form",
      details: { ...choice, resubscribe: existing?.status === "unsubscribed" },
      meta,
    });
    return { subscriberId: row.id, tokenHash: hash };
  });
  if (issued) {
    await sendConfirmation(db, {
      to: input.email,
      locale: input.locale,
      programName: program.name,
      token,
      idempotencyKey: `subscribe-confirm:${issued.subscriberId}:${issued.tokenHash.slice(0, 16)}`,
    });
  }
  return { ok: true };
}
