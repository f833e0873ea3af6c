/**
 * The environment, validated: the one module of the web app, the ingest server, the worker and
 * the email templates that reads `process.env` (eslint's `no-restricted-properties` keeps it
 * so; launch scripts in scripts/ that set variables for the processes they start are the
 * exception). Values are parsed on first use, so a launcher or a test may still set a variable
 * before anything reads it; after that they are fixed for the process.
 *
 * Server code only: a client component gets a value through props, never by importing this
 * (in the browser there is no process environment, and reading one throws here).
 *
 * Each process calls `checkEnvAtStart` when it starts: an invalid value, or a variable that
 * production (NODE_ENV=production) requires, stops it with one message naming every problem.
 */
import { z } from "zod";

/** A switch: 1/true/yes or 0/false/no, any case. */
const flag = z
  .string()
  .trim()
  .toLowerCase()
  .refine((value) => ["0", "1", "true", "false", "yes", "no"].includes(value), {
    error: "use 1/true/yes or 0/false/no",
  })
  .transform((value) => ["1", "true", "yes"].includes(value));

/** A hop count, or a switch meaning one hop (on) or none (off). */
const proxyHops = z
  .string()
  .trim()
  .toLowerCase()
  .refine((value) => /^(\d|10)$/.test(value) || ["true", "false", "yes", "no"].includes(value), {
    error: "use a number of proxies (0–10), or true/false",
  })
  .transform((value) =>
    ["true", "yes"].includes(value) ? 1 : ["false", "no"].includes(value) ? 0 : Number(value),
  );

const port = z.coerce
  .number({ error: "must be a port number" })
  .int({ error: "must be a port number" })
  .min(0)
  .max(65535);

/** An http(s) address without trailing slashes, so paths can be appended to it. */
const httpUrl = z
  .url({ protocol: /^https?$/, error: "must be an http(s) URL" })
  .transform((value) => value.replace(/\/+$/, ""));

/** Keys of keyed hashes and signatures: short ones can be guessed. */
const secret = z.string().min(16, { error: "must be at least 16 characters" });

const text = z.string().trim();

export const envSchema = z.object({
  /** development, production or test; unset is treated as production where safety depends on it. */
  NODE_ENV: text.optional(),
  DATABASE_URL: text.optional(),
  /**
   * Apply pending migrations (under the migration lock) when a process starts. Off: production
   * processes refuse to migrate by themselves, so an upgrade migrates once, by `rally migrate`,
   * when the operator chooses; the single-host setups turn it on.
   */
  MIGRATE_ON_START: flag.default(false),
  /**
   * A folder holding PostgreSQL's pg_dump and pg_restore for `rally backup` and `rally
   * restore`; unset, they are looked for on PATH. Without ones at least as new as the server,
   * Rally writes its own backup format.
   */
  PG_BIN_DIR: text.min(1).optional(),
  AUTH_SECRET: secret.optional(),
  /** The web app's public address (see appUrl). */
  AUTH_URL: httpUrl.optional(),
  PORT: port.default(3000),
  AUTH_GITHUB_ID: text.optional(),
  AUTH_GITHUB_SECRET: text.optional(),
  /** Demo mode: demo data, one-click demo sign-in and the mailbox (see isDemoMode). */
  RALLY_DEMO: flag.default(false),
  /**
   * The dev mailbox (/dev/mailbox) without demo mode: it shows every outgoing email, sign-in
   * links included, to anyone who can reach the page, so it is off unless asked for (the
   * launcher's `npm run dev` asks for it while it listens on loopback only).
   */
  RALLY_DEV_MAILBOX: flag.default(false),
  /**
   * The interface the web app and the ingest server listen on. Unset: the launcher picks
   * 127.0.0.1 for development and the demo, all interfaces for production.
   */
  HOST: text.min(1).optional(),
  /** How long a sign-in link works; short, since it is as good as a password while it lives. */
  SIGN_IN_LINK_MINUTES: z.coerce.number().int().min(1).max(1440).default(15),
  /** Sign-in links one address may be sent per window: enough for typos and slow mail. */
  SIGN_IN_ADDRESS_LIMIT: z.coerce.number().int().min(1).default(5),
  SIGN_IN_ADDRESS_WINDOW_MINUTES: z.coerce.number().int().min(1).default(15),
  /** Sign-in links one client address may ask for per window (an office behind one NAT fits). */
  SIGN_IN_IP_LIMIT: z.coerce.number().int().min(1).default(30),
  SIGN_IN_IP_WINDOW_MINUTES: z.coerce.number().int().min(1).default(60),
  EMAIL_FROM: text.optional(),
  EMAIL_UNSUBSCRIBE_MAILTO: text.optional(),
  EMAIL_LINK_SECRET: z.string().optional(),
  RESEND_API_KEY: text.optional(),
  /** Another Resend API address: the tests' local stand-in. */
  RESEND_BASE_URL: httpUrl.optional(),
  RESEND_WEBHOOK_SECRET: text.optional(),
  /**
   * Send mail through this SMTP server instead of Resend: smtps://user:pass@host:465 (TLS from
   * the start) or smtp://user:pass@host:587 (STARTTLS when offered; add ?requireTLS=true to
   * insist). Credentials percent-encoded; other nodemailer options ride along as query
   * parameters (?maxConnections=2&rateLimit=10). Not together with RESEND_API_KEY.
   */
  SMTP_URL: z.url({ protocol: /^smtps?$/, error: "must be an smtp(s):// URL" }).optional(),
  /** Where the disk store keeps uploads; relative paths are from the working directory. */
  STORAGE_DIR: text.min(1).default(".rally/storage"),
  RALLY_WEBHOOKS_ALLOW_LOCAL: flag.default(false),
  INGEST_PORT: port.default(3001),
  /** The tracking domain's public address (see trackingBaseUrl). */
  TRACKING_BASE_URL: httpUrl.optional(),
  TRACKING_SECRET: secret.optional(),
  TRUSTED_COUNTRY_HEADER: text
    .toLowerCase()
    .regex(/^[a-z0-9-]*$/, { error: "must be a header name such as cf-ipcountry" })
    .optional(),
  /**
   * How many proxies of our own stand in front of the web app and the ingest server, each
   * appending the address it saw to X-Forwarded-For: 1 (or true) for one load balancer. The
   * client is the entry that many places from the right; entries further left were written
   * by the client and are never read. 0 (false, the default): forwarded headers from clients
   * are ignored everywhere and the address comes from the connection.
   */
  TRUST_PROXY: proxyHops.default(0),
  // Measured on the 2-core machine (50 connections, 100 links): 0 (write as soon as the
  // event loop turn ends; under load batches grow on their own while the previous one commits)
  // gave ~22k clicks/s, 1 ms ~14k, 2 ms ~11k. More lanes or batches in flight cost more CPU
  // per click than they saved in waiting.
  BATCH_MAX_WAIT_MS: z.coerce.number().min(0).max(1000).default(0),
  BATCH_MAX_SIZE: z.coerce.number().int().min(1).max(10_000).default(1000),
  BATCH_MAX_IN_FLIGHT: z.coerce.number().int().min(1).max(32).default(1),
  BATCH_LANES: z.coerce.number().int().min(1).max(32).default(1),
  INGEST_DB_POOL: z.coerce.number().int().min(2).max(100).default(10),
  /**
   * How long a click batch may take to commit before its clicks go to the local spool instead
   * (the visitor is redirected either way); long enough for a busy database, short enough
   * that a visitor barely notices an outage.
   */
  INGEST_COMMIT_TIMEOUT_MS: z.coerce.number().int().min(100).max(30_000).default(1500),
  /**
   * The ingest pool's statement_timeout and idle_in_transaction_session_timeout, and how long a
   * conversion API request waits for the database before answering 503 (clients retry it).
   */
  INGEST_STATEMENT_TIMEOUT_MS: z.coerce.number().int().min(100).max(60_000).default(5000),
  /** Where the ingest server spools clicks while PostgreSQL cannot take them. */
  SPOOL_DIR: text.min(1).default(".rally/spool"),
  /**
   * The spool's bounds: past either, new clicks are still redirected but not recorded (counted
   * as dropped in the log and on /ready). 512 MB is about two million clicks.
   */
  SPOOL_MAX_BYTES: z.coerce.number().int().min(1024).default(536_870_912),
  SPOOL_MAX_AGE_HOURS: z.coerce.number().min(0.001).default(72),
  /**
   * Conversion API requests each API key may make per minute, sustained, and the burst it may
   * spend at once (a token bucket per key): 6,000 a minute is 100 a second, far above a
   * shop's checkout traffic, low enough that a leaked key cannot flood the ledger.
   */
  CONVERSION_RATE_LIMIT: z.coerce.number().int().min(1).default(6000),
  CONVERSION_RATE_BURST: z.coerce.number().int().min(1).default(600),
  /**
   * Seconds an unknown or revoked API key is answered 401 from memory without asking the
   * database again; short, so the rare key that does appear later is not refused for long.
   */
  CONVERSION_UNKNOWN_KEY_TTL_SECONDS: z.coerce.number().int().min(0).max(300).default(30),
  /**
   * The largest body the web app reads for tRPC calls and inbound webhooks (uploads have their
   * own cap): 1 MiB is far above any form or event, and refused before it is parsed.
   */
  REQUEST_BODY_MAX_BYTES: z.coerce
    .number()
    .int()
    .min(1024)
    .default(1024 * 1024),
  /**
   * Live dashboard streams (SSE) one user may hold open on a web process; opening another
   * closes their oldest, so a script or a pile of forgotten tabs cannot pin connections.
   */
  LIVE_STREAMS_PER_USER: z.coerce.number().int().min(1).max(100).default(4),
  /** The least severe log lines written: fatal, error, warn, info, debug, trace or silent. */
  LOG_LEVEL: z
    .enum(["fatal", "error", "warn", "info", "debug", "trace", "silent"], {
      error: "use fatal, error, warn, info, debug, trace or silent",
    })
    .default("info"),
  /**
   * json: one JSON object a line, for a log collector. pretty: readable lines (needs the
   * pino-pretty dev dependency; the launcher asks for it in development and the demo). Unset:
   * pretty when NODE_ENV=development, else json.
   */
  LOG_FORMAT: z.enum(["json", "pretty"], { error: "use json or pretty" }).optional(),
  /**
   * The bearer token of /metrics. The web app serves /metrics only with it (unset: 404); the
   * ingest server and the worker serve it to anyone when unset, and only with the token when
   * set, so a public tracking domain should set it.
   */
  METRICS_TOKEN: secret.optional(),
  /** The worker's /metrics and /health port, on HOST; 0: no such server. */
  WORKER_METRICS_PORT: port.default(3002),
});

export type Env = z.infer<typeof envSchema>;
export type EnvName = keyof Env;
export type EnvSource = Readonly<Record<string, string | undefined>>;

/** A variable that must be set, or a list of which any one will do. */
export type Requirement = EnvName | readonly [EnvName, ...EnvName[]];

/**
 * What production cannot run without. The launcher (scripts/start.ts) always passes both to
 * the processes it starts, generating a local AUTH_SECRET when none is given.
 */
export const REQUIRED_IN_PRODUCTION: readonly Requirement[] = ["DATABASE_URL", "AUTH_SECRET"];

/**
 * The web app's own requirements: in production its public address, which sign-in links and
 * emails carry (guessed from a request's Host header, a link could point anywhere).
 */
export function webRequirements(from: EnvSource = source()): Requirement[] {
  return from.NODE_ENV?.trim() === "production" ? ["AUTH_URL"] : [];
}

/** Sender of mail when EMAIL_FROM is unset. */
export const DEFAULT_EMAIL_FROM = "Rally <no-reply@example.com>";

/** Every problem with the environment, one per line, so a deployment is fixed in one pass. */
export class EnvError extends Error {
  constructor(readonly problems: string[]) {
    super(`Invalid environment:\n${problems.map((problem) => `  ${problem}`).join("\n")}`);
    this.name = "EnvError";
  }
}

const names = Object.keys(envSchema.shape) as EnvName[];

/**
 * Settings that are valid alone but not together. Two mail providers is a half-done switch or
 * a copied .env: mail would leave through one the operator may not expect (another sending
 * domain, other bounce handling), so it is refused rather than resolved by a precedence.
 */
function conflicts(settings: Env): string[] {
  return settings.SMTP_URL && settings.RESEND_API_KEY
    ? ["SMTP_URL: set either SMTP_URL or RESEND_API_KEY, not both (remove the one not in use)"]
    : [];
}

/**
 * The typed environment of `source`, with `require`d variables checked too. Empty values count
 * as unset, as in a .env file with "NAME=". Throws an EnvError listing every problem.
 */
export function parseEnv(source: EnvSource, options: { require?: readonly Requirement[] } = {}) {
  const present = Object.fromEntries(
    names.flatMap((name) => {
      const value = source[name];
      return value === undefined || value.trim() === "" ? [] : [[name, value]];
    }),
  );
  const parsed = envSchema.safeParse(present);
  const problems = parsed.success
    ? conflicts(parsed.data)
    : parsed.error.issues.map((issue) => `${issue.path.join(".")}: ${issue.message}`);
  const requirements = options.require ?? [];
  const alone = new Set(requirements.filter((item) => typeof item === "string"));
  const reported = new Set<string>();
  for (const requirement of requirements) {
    const [first, ...others] = typeof requirement === "string" ? [requirement] : requirement;
    const all = [first, ...others];
    // An invalid value is already reported; "missing" would only contradict it.
    if (all.some((name) => name in present)) continue;
    // Each variable once: a group is implied by one of its members required on its own.
    if (all.some((name) => reported.has(name) || (others.length > 0 && alone.has(name)))) continue;
    all.forEach((name) => reported.add(name));
    problems.push(
      others.length === 0
        ? `${first}: is required`
        : `${first}: is required (or ${others.join(" or ")})`,
    );
  }
  if (!parsed.success || problems.length > 0) throw new EnvError(problems);
  return parsed.data;
}

/** What this process must have: production's requirements, plus its own. */
export function requirements(source: EnvSource, own: readonly Requirement[] = []) {
  const production = source.NODE_ENV?.trim() === "production";
  // A process that accepts any of a group (the ingest server: TRACKING_SECRET or AUTH_SECRET)
  // is not also held to one of its members alone.
  const inGroup = new Set(own.flatMap((item) => (typeof item === "string" ? [] : item)));
  const general = REQUIRED_IN_PRODUCTION.filter(
    (item) => typeof item !== "string" || !inGroup.has(item),
  );
  return [...(production ? general : []), ...own];
}

/** parseEnv with production's requirements when NODE_ENV=production. */
export function checkEnv(source: EnvSource, own: readonly Requirement[] = []): Env {
  return parseEnv(source, { require: requirements(source, own) });
}

let cached: Env | undefined;
let testSource: EnvSource | undefined;

function source(): EnvSource {
  if (typeof window !== "undefined") {
    throw new Error("src/env.ts is server-only: pass the value to the client as a prop.");
  }
  return testSource ?? process.env;
}

/** The process's environment, parsed on first use. */
export function env(): Env {
  cached ??= parseEnv(source());
  return cached;
}

/**
 * Test seam: the next env() parses again, from `values` when given (so a test passes its
 * settings explicitly instead of changing process.env), else from process.env.
 */
export function resetEnvForTests(values?: EnvSource): void {
  cached = undefined;
  testSource = values;
}

/**
 * At the start of a process (web app, ingest server, worker): parse the environment with
 * production's requirements and the process's own, or print every problem and exit.
 */
export function checkEnvAtStart(processName: string, own: readonly Requirement[] = []): Env {
  try {
    cached = checkEnv(source(), own);
    return cached;
  } catch (error) {
    if (!(error instanceof EnvError)) throw error;
    console.error(`[rally ${processName}] Cannot start. ${error.message}`);
    process.exit(1);
  }
}

export const isProduction = () => env().NODE_ENV === "production";

/**
 * Demo mode: one-click demo sign-in and the mailbox. Only ever by RALLY_DEMO=1 (the demo runs
 * a production build, so NODE_ENV says nothing about it); never on a real deployment.
 */
export const isDemoMode = () => env().RALLY_DEMO;

/**
 * The web app's public address, without a trailing slash, or an absolute address in it for
 * `path`: AUTH_URL (the launcher always sets it), else http://localhost:$PORT for development.
 * Links in emails, shared links, embed codes and calendar files all start here.
 */
export function appUrl(path?: string): string {
  const { AUTH_URL, PORT } = env();
  const base = AUTH_URL ?? `http://localhost:${PORT}`;
  return path === undefined ? base : new URL(path, base).toString();
}

/**
 * The tracking domain served by the ingest server, without a trailing slash:
 * TRACKING_BASE_URL, else http://localhost:$INGEST_PORT for development.
 */
export function trackingBaseUrl(): string {
  const { TRACKING_BASE_URL, INGEST_PORT } = env();
  return TRACKING_BASE_URL ?? `http://localhost:${INGEST_PORT}`;
}

/**
 * The key of IP and customer hashes: TRACKING_SECRET, else AUTH_SECRET. Undefined when neither
 * is set; callers decide whether that is fatal.
 */
export function trackingSecretSetting(settings: Env = env()): string | undefined {
  return settings.TRACKING_SECRET ?? settings.AUTH_SECRET;
}
