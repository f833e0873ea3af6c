/**
 * What `scripts/start.ts` does in each mode, decided from its arguments and the environment
 * without side effects (the tests call these directly):
 *
 * - production (`npm start`): serves the existing build; the database, AUTH_SECRET and
 *   AUTH_URL must be given; no embedded database, no generated secret, no demo, no mailbox.
 * - development (`npm run dev`): `next dev` on the embedded database, on 127.0.0.1 unless HOST
 *   says otherwise; the dev mailbox is on while it listens on loopback only.
 * - demo (`npm run demo`): a production build (built first when missing or older than the
 *   sources; `--prod` serves the existing build as it is) with demo data, the one-click demo
 *   sign-in and the mailbox (RALLY_DEMO=1), on 127.0.0.1 unless HOST says otherwise.
 */
import { checkEnv, EnvError, webRequirements, type EnvSource } from "~/env";

export type StartMode = "production" | "development" | "demo";

export type StartPlan = {
  mode: StartMode;
  /** `next dev`, or the web server entry over a production build. */
  server: "next-dev" | "build";
  /** Whether to build first: never, when the build is missing or stale, or never (must exist). */
  build: "no" | "when-needed" | "must-exist";
  /** Embedded PostgreSQL when DATABASE_URL is unset, and a generated AUTH_SECRET kept in .rally/. */
  localConveniences: boolean;
  seedDemo: boolean;
  /** The interface to listen on; undefined is every interface. */
  host: string | undefined;
  /** Variables the launcher sets for the processes it starts. */
  env: Record<string, string>;
};

const LOOPBACK = new Set(["127.0.0.1", "::1", "localhost"]);
export const isLoopback = (host: string | undefined) =>
  host !== undefined && (LOOPBACK.has(host) || host.startsWith("127."));

export function startModeOf(argv: readonly string[]): StartMode {
  if (argv.includes("--demo")) return "demo";
  if (argv.includes("--dev")) return "development";
  return "production";
}

const set = (value: string | undefined) => value !== undefined && value.trim() !== "";

/** A person watches the demo's and development's console: readable lines unless asked for JSON. */
const logFormat = (source: EnvSource) =>
  set(source.LOG_FORMAT) ? source.LOG_FORMAT!.trim() : "pretty";

export function startPlan(argv: readonly string[], source: EnvSource): StartPlan {
  const mode = startModeOf(argv);
  if (mode === "production") {
    return {
      mode,
      server: "build",
      build: "must-exist",
      localConveniences: false,
      seedDemo: false,
      host: set(source.HOST) ? source.HOST!.trim() : undefined,
      env: { NODE_ENV: "production", RALLY_DEMO: "0", RALLY_DEV_MAILBOX: "0" },
    };
  }
  const host = set(source.HOST) ? source.HOST!.trim() : "127.0.0.1";
  if (mode === "demo") {
    return {
      mode,
      server: "build",
      build: argv.includes("--prod") ? "must-exist" : "when-needed",
      localConveniences: true,
      seedDemo: true,
      host,
      env: { NODE_ENV: "production", RALLY_DEMO: "1", HOST: host, LOG_FORMAT: logFormat(source) },
    };
  }
  // Sign-in links have nowhere else to go without a mail provider; the mailbox shows them to
  // whoever reaches the page, so only while nobody else can, unless asked for explicitly.
  const mailbox = set(source.RALLY_DEV_MAILBOX)
    ? source.RALLY_DEV_MAILBOX!.trim()
    : isLoopback(host)
      ? "1"
      : "0";
  return {
    mode,
    server: "next-dev",
    build: "no",
    localConveniences: true,
    seedDemo: false,
    host,
    env: { RALLY_DEV_MAILBOX: mailbox, HOST: host, LOG_FORMAT: logFormat(source) },
  };
}

/**
 * Production's refusals, all at once: a missing DATABASE_URL, AUTH_SECRET or AUTH_URL (or an
 * invalid value), and demo switches that have no place on a real deployment.
 */
export function checkProductionStart(source: EnvSource): void {
  const production = { ...source, NODE_ENV: "production" };
  const problems: string[] = [];
  try {
    checkEnv(production, webRequirements(production));
  } catch (error) {
    if (!(error instanceof EnvError)) throw error;
    problems.push(...error.problems);
  }
  for (const name of ["RALLY_DEMO", "RALLY_DEV_MAILBOX"] as const) {
    if (/^(1|true|yes)$/i.test(source[name]?.trim() ?? "")) {
      problems.push(`${name}: is not for production; the demo is \`npm run demo\``);
    }
  }
  if (problems.length > 0) throw new EnvError(problems);
}
