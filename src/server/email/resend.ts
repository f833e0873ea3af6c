import { Resend } from "resend";
import { DEFAULT_EMAIL_FROM, env, type Env } from "~/env";

/** Resend's batch endpoint takes at most this many messages per call. */
export const RESEND_BATCH_LIMIT = 100;

export type ProviderMail = {
  to: string;
  subject: string;
  html: string;
  text: string;
  headers?: Record<string, string>;
};

export type ProviderResult = { ok: true; id: string } | { ok: false; error: string };
export type ProviderBatchResult = { ok: true; ids: string[] } | { ok: false; error: string };

export type Transport = {
  /** The key makes a retry after a crash harmless: the provider answers the first call's id. */
  send: (mail: ProviderMail, options?: { idempotencyKey?: string }) => Promise<ProviderResult>;
  /** All or nothing (strict validation): ids come back in the order of `mails`. */
  sendBatch: (
    mails: ProviderMail[],
    options?: { idempotencyKey?: string },
  ) => Promise<ProviderBatchResult>;
};

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
    async send(mail, options = {}) {
      const { data, error } = await client.emails.send(
        { from, ...mail, headers: headersOf(mail) },
        options.idempotencyKey ? { idempotencyKey: options.idempotencyKey } : {},
      );
      if (error || !data) return { ok: false, error: error?.message ?? "no response" };
      return { ok: true, id: data.id };
    },
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
