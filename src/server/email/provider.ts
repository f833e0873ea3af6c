/**
 * What every mail provider adapter offers (Resend in resend.ts, SMTP in smtp.ts); send.ts and
 * bulk.ts see only this, and transport.ts picks the adapter from the configuration.
 */

export type ProviderMail = {
  to: string;
  subject: string;
  html: string;
  text: string;
  headers?: Record<string, string>;
};

export type ProviderResult = { ok: true; id: string } | { ok: false; error: string };

export type ProviderBatchResult =
  | { ok: true; ids: string[] }
  | {
      ok: false;
      error: string;
      /**
       * Each message's own outcome, in the order of `mails`, when they went out one by one
       * (SMTP): some may have been delivered beside the failures and must not be sent again.
       * Absent for an all-or-nothing batch (Resend): then none went out.
       */
      outcomes?: ProviderResult[];
    };

export type SendOptions = {
  /**
   * Names the message so that a retry after a crash is recognised: Resend answers the first
   * call's id without delivering again; SMTP derives the Message-ID from it.
   */
  idempotencyKey?: string;
};

export type BatchOptions = SendOptions & {
  /** Each message's own key, in the order of `mails` (the batch's key names the whole set). */
  messageKeys?: string[];
};

export type Transport = {
  /** Which provider, for logs and messages. */
  name: string;
  send: (mail: ProviderMail, options?: SendOptions) => Promise<ProviderResult>;
  /** Ids come back in the order of `mails`. */
  sendBatch: (mails: ProviderMail[], options?: BatchOptions) => Promise<ProviderBatchResult>;
};
