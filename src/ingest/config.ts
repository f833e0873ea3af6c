import { checkEnv, EnvError, trackingSecretSetting, type Env, type EnvSource } from "~/env";
import { apiKeyGuardSettings, type ApiKeyGuardSettings } from "./api/key-guard";

/** The ingest server cannot run without its database and a key for the visitor hashes. */
export const INGEST_REQUIREMENTS = ["DATABASE_URL", ["TRACKING_SECRET", "AUTH_SECRET"]] as const;

export type IngestConfig = {
  port: number;
  /** Public address of the tracking domain; https makes the click cookie Secure. */
  trackingBaseUrl: string;
  databaseUrl: string;
  /** Key of the IP and visitor hashes: TRACKING_SECRET, else AUTH_SECRET (as trackingSecret()). */
  secret: string;
  /** Lower-case name of the one header trusted for the visitor's country, if any. */
  trustedCountryHeader: string | undefined;
  /** Proxies of our own in front, each appending to X-Forwarded-For (0: read the socket). */
  proxyHops: number;
  batchMaxWaitMs: number;
  batchMaxSize: number;
  /** Batches of one lane written at once; each holds a pool connection while it commits. */
  batchMaxInFlight: number;
  /** Independent group commits, partners spread over them (see createLanes). */
  batchLanes: number;
  /** Connections main.ts opens (batches, link lookups and the conversion API share them). */
  dbPool: number;
  /** Full batches that may wait for a writer; past it a batch goes to the spool at once. */
  batchMaxQueued: number;
  /** A batch not committed by then is spooled (and so is every batch until recovery). */
  commitTimeoutMs: number;
  /** statement_timeout of the pool, and the conversion API's wait for the database. */
  statementTimeoutMs: number;
  spoolDir: string;
  spoolMaxBytes: number;
  spoolMaxAgeMs: number;
  /** Pause between attempts to reach the database while clicks are spooled. */
  spoolRetryMs: number;
  /** The conversion API's per-key rate limit and memory of unknown keys. */
  apiKeyGuard: ApiKeyGuardSettings;
  /** Bearer token of GET /metrics; unset, /metrics is open like /health. */
  metricsToken: string | undefined;
};

/** The ingest server's settings from the parsed environment (see src/env.ts). */
export function ingestConfig(settings: Env): IngestConfig {
  const secret = trackingSecretSetting(settings);
  if (!settings.DATABASE_URL || !secret) {
    throw new EnvError(["DATABASE_URL, TRACKING_SECRET (or AUTH_SECRET): are required"]);
  }
  return {
    port: settings.INGEST_PORT,
    trackingBaseUrl: settings.TRACKING_BASE_URL ?? `http://localhost:${settings.INGEST_PORT}`,
    databaseUrl: settings.DATABASE_URL,
    secret,
    trustedCountryHeader: settings.TRUSTED_COUNTRY_HEADER || undefined,
    proxyHops: settings.TRUST_PROXY,
    batchMaxWaitMs: settings.BATCH_MAX_WAIT_MS,
    batchMaxSize: settings.BATCH_MAX_SIZE,
    batchMaxInFlight: settings.BATCH_MAX_IN_FLIGHT,
    batchLanes: settings.BATCH_LANES,
    dbPool: settings.INGEST_DB_POOL,
    batchMaxQueued: 8,
    commitTimeoutMs: settings.INGEST_COMMIT_TIMEOUT_MS,
    statementTimeoutMs: settings.INGEST_STATEMENT_TIMEOUT_MS,
    spoolDir: settings.SPOOL_DIR,
    spoolMaxBytes: settings.SPOOL_MAX_BYTES,
    spoolMaxAgeMs: Math.round(settings.SPOOL_MAX_AGE_HOURS * 3_600_000),
    spoolRetryMs: 1000,
    apiKeyGuard: apiKeyGuardSettings(settings),
    metricsToken: settings.METRICS_TOKEN,
  };
}

/** Reads and checks the settings in `source`; throws one EnvError listing every problem. */
export function parseIngestConfig(source: EnvSource): IngestConfig {
  return ingestConfig(checkEnv(source, INGEST_REQUIREMENTS));
}
