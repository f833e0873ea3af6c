import { Resend } from "resend";
import { DEFAULT_EMAIL_FROM, env, type Env } from "~/env";
import type { ProviderMail, Transport } from "./provider";

/** Resend's batch endpoint takes at most this many messages per call. */
export const RESEND_BATCH_LIMIT = 100;

// The adapter interface lives in provider.ts; re-exported for the modules that import it here.
export type { ProviderBatchResult, ProviderMail, ProviderResult, Transport } from "./provider";

function headersOf(mail: ProviderMail) {
  return mail.headers && Object.keys(mail.headers).length > 0 ? mail.headers : undefined;
}

/**
 * The Resend adapter, or null when no API key is configured (mail then stays in the outbox).
 * RESEND_BASE_URL points it elsewhere (the tests' local stand-in for Resend's API).
 */
export function resendTransport(
  settings: Partial<Pick<Env, "RESEND_API_KEY" | "RESEND_BASE_URL" | "EMAIL_FROM">> = env(),
): Transport | null {
  const key = settings.RESEND_API_KEY;
  if (!key) return null;
  const from = settings.EMAIL_FROM ?? DEFAULT_EMAIL_FROM;
  const client = new Resend(
    key,
    settings.RESEND_BASE_URL ? { baseUrl: settings.RESEND_BASE_URL } : {},
  );
  return {
    name: "Resend",
    async send(mail, options = {}) {
      const { data, error } = await client.emails.send(
        { from, ...mail, headers: headersOf(mail) },
        options.idempotencyKey ? { idempotencyKey: options.idempotencyKey } : {},
      );
      if (error || !data) return { ok: false, error: error?.message ?? "no response" };
      return { ok: true, id: data.id };
    },
    // Resend's batch is all or nothing (strict validation): one error for every message.
    async sendBatch(mails, options = {}) {
      if (mails.length > RESEND_BATCH_LIMIT)
        throw new Error(`a Resend batch holds at most ${RESEND_BATCH_LIMIT} messages`);
      const { data, error } = await client.batch.send(
        mails.map((mail) => ({ from, ...mail, headers: headersOf(mail) })),
        options.idempotencyKey ? { idempotencyKey: options.idempotencyKey } : {},
      );
      if (error || !data) return { ok: false, error: error?.message ?? "no response" };
      if (data.data.length !== mails.length)
        return { ok: false, error: `Resend answered ${data.data.length} ids for ${mails.length}` };
      return { ok: true, ids: data.data.map((item) => item.id) };
    },
  };
}
