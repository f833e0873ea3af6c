import { DEFAULT_EMAIL_FROM, env, type Env } from "~/env";
import type { Transport } from "./provider";
import { resendTransport } from "./resend";
import { closeSmtpPools, smtpServerAddress, smtpTransport, verifySmtp } from "./smtp";

export type EmailTransportKind = "smtp" | "resend" | "outbox";

type Settings = Partial<
  Pick<Env, "SMTP_URL" | "RESEND_API_KEY" | "RESEND_BASE_URL" | "EMAIL_FROM" | "NODE_ENV">
>;

/**
 * Which way mail leaves. src/env.ts refuses SMTP_URL and RESEND_API_KEY together, so at most
 * one provider is configured; the order here only matters for settings built by hand.
 */
export function emailTransportKind(settings: Settings = env()): EmailTransportKind {
  if (settings.SMTP_URL) return "smtp";
  if (settings.RESEND_API_KEY) return "resend";
  return "outbox";
}

/**
 * The configured provider: SMTP when SMTP_URL is set, Resend when RESEND_API_KEY is set, or
 * null for the local outbox (the message is recorded and nothing leaves the machine).
 */
export function emailTransport(settings: Settings = env()): Transport | null {
  switch (emailTransportKind(settings)) {
    case "smtp":
      return smtpTransport(settings);
    case "resend":
      return resendTransport(settings);
    case "outbox":
      return null;
  }
}

/** The configured transport in words for the System page and `rally doctor`; no secrets. */
export function describeEmailTransport(settings: Settings = env()): {
  kind: EmailTransportKind;
  detail: string;
} {
  const kind = emailTransportKind(settings);
  const from = `from ${settings.EMAIL_FROM ?? DEFAULT_EMAIL_FROM}`;
  if (kind === "smtp" && settings.SMTP_URL) {
    const url = new URL(settings.SMTP_URL);
    const security =
      url.protocol === "smtps:"
        ? "TLS"
        : url.searchParams.get("requireTLS") === "true"
          ? "STARTTLS required"
          : "STARTTLS when offered";
    const signIn = url.username ? "with credentials" : "without credentials";
    return {
      kind,
      detail: `SMTP server ${smtpServerAddress(settings.SMTP_URL)} (${security}, ${signIn}), ${from}`,
    };
  }
  if (kind === "resend") {
    const where = settings.RESEND_BASE_URL ? ` at ${settings.RESEND_BASE_URL}` : "";
    return { kind, detail: `Resend API${where}, ${from}` };
  }
  return {
    kind,
    detail:
      "no provider (SMTP_URL or RESEND_API_KEY): mail is kept in the local outbox, nothing is sent",
  };
}

/**
 * Whether mail can leave: SMTP connects (and signs in) to the server; Resend only checks that
 * a key is set (asking its API would need a key with more than sending rights); the outbox
 * always works but sends nothing, which production should know about.
 */
export async function verifyEmailTransport(
  settings: Settings = env(),
): Promise<{ ok: boolean; message: string }> {
  switch (emailTransportKind(settings)) {
    case "smtp":
      return verifySmtp(settings.SMTP_URL ?? "");
    case "resend":
      return { ok: true, message: "RESEND_API_KEY is set (not checked against Resend)" };
    case "outbox":
      return {
        ok: true,
        message:
          settings.NODE_ENV === "production"
            ? "no email provider configured: mail stays in the outbox and nobody receives it (set SMTP_URL or RESEND_API_KEY)"
            : "no email provider configured: mail stays in the local outbox (the dev mailbox shows it)",
      };
  }
}

/** Closes open provider connections (SMTP's pool): for a process shutting down and tests. */
export function closeEmailTransports(): void {
  closeSmtpPools();
}
