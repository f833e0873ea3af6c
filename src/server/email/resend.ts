import { Resend } from "resend";

export type Transport = {
  send: (mail: {
    to: string;
    subject: string;
    html: string;
    text: string;
  }) => Promise<{ ok: true; id: string } | { ok: false; error: string }>;
};

/** The Resend adapter, or null when no API key is configured (mail then stays in the outbox). */
export function resendTransport(
  env: Record<string, string | undefined> = process.env,
): Transport | null {
  const key = env.RESEND_API_KEY;
  if (!key) return null;
  const from = env.EMAIL_FROM ?? "Rally <no-reply@example.com>";
  const client = new Resend(key);
  return {
    async send(mail) {
      const { data, error } = await client.emails.send({ from, ...mail });
      if (error || !data) return { ok: false, error: error?.message ?? "no response" };
      return { ok: true, id: data.id };
    },
  };
}
