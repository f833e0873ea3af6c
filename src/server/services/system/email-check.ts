import { EnvError, parseEnv, type Env, type EnvSource } from "~/env";
import { describeEmailTransport, verifyEmailTransport } from "~/server/email/transport";
import type { Check } from "./check";

/** An email server that has not answered in this long is as good as down for sign-in links. */
const EMAIL_TIMEOUT_MS = 20_000;

/** Whether mail can leave: the configured transport, tried (SMTP signs in; see transport.ts). */
export async function emailCheck(source: EnvSource, production: boolean): Promise<Check> {
  let settings: Env;
  try {
    settings = parseEnv(source);
  } catch (error) {
    if (!(error instanceof EnvError)) throw error;
    return { name: "email", ok: false, detail: "not checked: the configuration is invalid" };
  }
  const checked = { ...settings, NODE_ENV: production ? "production" : settings.NODE_ENV };
  const transport = describeEmailTransport(checked);
  if (transport.kind === "outbox") {
    // Production without a provider cannot send sign-in links; the demo keeps mail on purpose.
    const fine = !production || settings.RALLY_DEMO;
    return {
      name: "email",
      ok: fine,
      detail: fine
        ? transport.detail
        : "no email provider is set: nobody receives mail, sign-in links included",
      fix: "Set SMTP_URL (or RESEND_API_KEY) so Rally can send email.",
    };
  }
  const verified = await withTimeout(verifyEmailTransport(checked), EMAIL_TIMEOUT_MS);
  return {
    name: "email",
    ok: verified.ok,
    detail: `${transport.detail}: ${verified.message}`,
    fix:
      transport.kind === "smtp"
        ? "Check SMTP_URL (host, port, user, password, TLS) and that this server may reach it."
        : "Check RESEND_API_KEY and that this server may reach Resend's API.",
  };
}

function withTimeout<T extends { ok: boolean; message: string }>(work: Promise<T>, ms: number) {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<{ ok: false; message: string }>((resolve) => {
    timer = setTimeout(() => resolve({ ok: false, message: `no answer in ${ms / 1000} s` }), ms);
  });
  return Promise.race([work, timeout]).finally(() => clearTimeout(timer));
}
