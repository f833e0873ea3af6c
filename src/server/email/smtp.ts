import { createHash } from "node:crypto";
import { createTransport, type Transporter } from "nodemailer";
import { DEFAULT_EMAIL_FROM, env, type Env } from "~/env";
import type { ProviderMail, ProviderResult, Transport } from "./provider";

/**
 * Waits in ms unless SMTP_URL names its own: a server that accepts the connection and then
 * says nothing must not hold a send (or a worker's job) for nodemailer's default of minutes.
 */
const WAITS = { connectionTimeout: 10_000, greetingTimeout: 10_000, socketTimeout: 60_000 };

/**
 * An idle pool is closed after this long: a command that sent one message can then exit (an
 * open connection keeps Node running), and no idle connection of ours outlives the server's
 * own idle timeout. The next send opens a new pool.
 */
const POOL_IDLE_MS = 5_000;

type Pool = { transporter: Transporter; inFlight: number; idle?: NodeJS.Timeout };
const pools = new Map<string, Pool>();

/** SMTP_URL with our defaults for whatever it does not say itself (nodemailer reads the query). */
export function connectionUrl(smtpUrl: string, options: { pool: boolean }): string {
  const url = new URL(smtpUrl);
  const defaults = { pool: String(options.pool), ...WAITS };
  for (const [name, value] of Object.entries(defaults))
    if (!url.searchParams.has(name)) url.searchParams.set(name, String(value));
  return url.toString();
}

function poolFor(smtpUrl: string): Pool {
  let pool = pools.get(smtpUrl);
  if (!pool) {
    pool = { transporter: createTransport(connectionUrl(smtpUrl, { pool: true })), inFlight: 0 };
    pools.set(smtpUrl, pool);
  }
  clearTimeout(pool.idle);
  return pool;
}

async function withPool<T>(smtpUrl: string, work: (transporter: Transporter) => Promise<T>) {
  const pool = poolFor(smtpUrl);
  pool.inFlight += 1;
  try {
    return await work(pool.transporter);
  } finally {
    pool.inFlight -= 1;
    if (pool.inFlight === 0) {
      pool.idle = setTimeout(() => {
        if (pool.inFlight > 0 || pools.get(smtpUrl) !== pool) return;
        pools.delete(smtpUrl);
        pool.transporter.close();
      }, POOL_IDLE_MS);
      pool.idle.unref();
    }
  }
}

/** Closes every open SMTP connection now (a process shutting down, a test's teardown). */
export function closeSmtpPools(): void {
  for (const pool of pools.values()) {
    clearTimeout(pool.idle);
    pool.transporter.close();
  }
  pools.clear();
}

/** host:port of SMTP_URL, never its credentials or options (they may hold secrets). */
export function smtpServerAddress(smtpUrl: string): string {
  const url = new URL(smtpUrl);
  // nodemailer's defaults: 465 for TLS from the start, 587 for submission with STARTTLS.
  return `${url.hostname}:${url.port || (url.protocol === "smtps:" ? 465 : 587)}`;
}

/** The domain of the sender's address: Message-IDs are made unique under it. */
export function senderDomain(from: string): string {
  const domain = /@([^\s<>@]+)>?\s*$/.exec(from)?.[1]?.toLowerCase();
  return domain && /^[a-z0-9.-]+$/.test(domain) ? domain : "localhost";
}

/**
 * The Message-ID of a keyed message: the same key always gives the same id, so a message
 * resent after a crash (the server took it, the process died before recording that) reaches
 * the recipient as the same message, which mail clients show once. SMTP itself has no
 * idempotency: the server cannot refuse the second copy as Resend does.
 */
export function messageIdFor(idempotencyKey: string, from: string): string {
  const digest = createHash("sha256").update(idempotencyKey).digest("hex").slice(0, 40);
  return `<${digest}@${senderDomain(from)}>`;
}

type SmtpError = Error & { code?: string; response?: string; responseCode?: number };

/** A failure as the emails row and the log keep it: what went wrong, with the server's words. */
export function describeSmtpError(error: unknown): string {
  const failure = (error instanceof Error ? error : new Error(String(error))) as SmtpError;
  // Servers may answer in several lines; the first says what matters.
  const said = failure.response?.split(/\r?\n/)[0]?.slice(0, 300);
  switch (failure.code) {
    case "EENVELOPE":
      return `the SMTP server refused the recipient: ${said ?? failure.message}`;
    case "EMESSAGE":
      return `the SMTP server refused the message: ${said ?? failure.message}`;
    case "EAUTH":
    case "ENOAUTH":
      return `the SMTP server refused the sign-in: ${said ?? failure.message}`;
    case "ECONNECTION":
    case "ESOCKET":
    case "ETIMEDOUT":
    case "EDNS":
    case "ETLS":
      return `the connection to the SMTP server failed (${failure.code}): ${failure.message}`;
    default:
      return `SMTP sending failed${failure.code ? ` (${failure.code})` : ""}: ${said ?? failure.message}`;
  }
}

/**
 * The SMTP adapter (nodemailer, one pooled set of connections per SMTP_URL), or null when
 * SMTP_URL is unset. A refused recipient, a dropped connection or a timeout is answered as a
 * failure, never thrown: the caller records the row "failed" and a retry sends it again.
 */
export function smtpTransport(
  settings: Partial<Pick<Env, "SMTP_URL" | "EMAIL_FROM">> = env(),
): Transport | null {
  const smtpUrl = settings.SMTP_URL;
  if (!smtpUrl) return null;
  const from = settings.EMAIL_FROM ?? DEFAULT_EMAIL_FROM;

  const sendOne = (transporter: Transporter, mail: ProviderMail, key?: string) =>
    transporter
      .sendMail({
        from,
        to: mail.to,
        subject: mail.subject,
        html: mail.html,
        text: mail.text,
        headers: mail.headers ?? {},
        ...(key ? { messageId: messageIdFor(key, from) } : {}),
      })
      .then(
        (info: { messageId: string; rejected: unknown[]; response: string }): ProviderResult =>
          info.rejected.length > 0
            ? { ok: false, error: `the SMTP server refused the recipient: ${info.response}` }
            : { ok: true, id: info.messageId },
        (error: unknown): ProviderResult => ({ ok: false, error: describeSmtpError(error) }),
      );

  return {
    name: "SMTP",
    send: (mail, options = {}) =>
      withPool(smtpUrl, (transporter) => sendOne(transporter, mail, options.idempotencyKey)),
    // SMTP has no batches: the messages go one by one over the pool's connections, and each
    // keeps its own outcome, since those delivered beside a failure must not be sent again.
    async sendBatch(mails, options = {}) {
      const outcomes = await withPool(smtpUrl, (transporter) =>
        Promise.all(mails.map((mail, i) => sendOne(transporter, mail, options.messageKeys?.[i]))),
      );
      const failures = outcomes.flatMap((outcome) => (outcome.ok ? [] : [outcome.error]));
      if (failures.length === 0)
        return { ok: true, ids: outcomes.map((outcome) => (outcome.ok ? outcome.id : "")) };
      return {
        ok: false,
        error: `${failures.length} of ${mails.length} not sent, first: ${failures[0]}`,
        outcomes,
      };
    },
  };
}

/**
 * Asks the SMTP server for a connection and, with credentials, a sign-in, over a connection
 * of its own (not the pool's), so `rally doctor` sees what a send would meet.
 */
export async function verifySmtp(smtpUrl: string): Promise<{ ok: boolean; message: string }> {
  const transporter = createTransport(connectionUrl(smtpUrl, { pool: false }));
  const where = smtpServerAddress(smtpUrl);
  const { username } = new URL(smtpUrl);
  try {
    await transporter.verify();
    return {
      ok: true,
      message: `the SMTP server at ${where} accepted a connection${username ? " and the credentials" : ""}`,
    };
  } catch (error) {
    return { ok: false, message: `${describeSmtpError(error)} (${where})` };
  } finally {
    transporter.close();
  }
}
