import { z } from "zod";

const flag = z
  .string()
  .trim()
  .toLowerCase()
  .refine((value) => ["", "0", "1", "true", "false", "yes", "no"].includes(value), {
    error: "use 1/true/yes or 0/false/no",
  })
  .transform((value) => ["1", "true", "yes"].includes(value));

const schema = z.object({
  INGEST_PORT: z.coerce.number().int().min(0).max(65535).default(3001),
  TRACKING_BASE_URL: z
    .url({ protocol: /^https?$/, error: "must be an http(s) URL" })
    .transform((value) => value.replace(/\/+$/, ""))
    .optional(),
  DATABASE_URL: z.string().trim().min(1, { error: "is required" }),
  TRACKING_SECRET: z.string().min(16, { error: "must be at least 16 characters" }).optional(),
  AUTH_SECRET: z.string().min(16, { error: "must be at least 16 characters" }).optional(),
  TRUSTED_COUNTRY_HEADER: z
    .string()
    .trim()
    .toLowerCase()
    .regex(/^[a-z0-9-]*$/, { error: "must be a header name such as cf-ipcountry" })
    .optional(),
  TRUST_PROXY: flag.optional(),
  // Measured on the 2-core machine (50 connections, 100 links): 0 (write as soon as the
  // event loop turn ends; under load batches grow on their own while the previous one commits)
  // gave ~22k clicks/s, 1 ms ~14k, 2 ms ~11k. More lanes or batches in flight cost more CPU
  // per click than they saved in waiting.
  BATCH_MAX_WAIT_MS: z.coerce.number().min(0).max(1000).default(0),
  BATCH_MAX_SIZE: z.coerce.number().int().min(1).max(10_000).default(1000),
  BATCH_MAX_IN_FLIGHT: z.coerce.number().int().min(1).max(32).default(1),
  BATCH_LANES: z.coerce.number().int().min(1).max(32).default(1),
  INGEST_DB_POOL: z.coerce.number().int().min(2).max(100).default(10),
});

export type IngestConfig = {
  port: number;
  /** Public address of the tracking domain; https makes the click cookie Secure. */
  trackingBaseUrl: string;
  databaseUrl: string;
  /** Key of the IP and visitor hashes: TRACKING_SECRET, else AUTH_SECRET (as trackingSecret()). */
  secret: string;
  /** Lower-case name of the one header trusted for the visitor's country, if any. */
  trustedCountryHeader: string | undefined;
  /** Take the client IP from the first X-Forwarded-For entry (only behind our own proxy). */
  trustProxy: boolean;
  batchMaxWaitMs: number;
  batchMaxSize: number;
  /** Batches of one lane written at once; each holds a pool connection while it commits. */
  batchMaxInFlight: number;
  /** Independent group commits, partners spread over them (see createLanes). */
  batchLanes: number;
  /** Connections main.ts opens (batches, link lookups and the conversion API share them). */
  dbPool: number;
};

export class IngestConfigError extends Error {}

/** Reads and checks the ingest server's settings; throws one readable error listing every problem. */
export function parseIngestConfig(env: NodeJS.ProcessEnv): IngestConfig {
  // Empty variables count as unset, as in a .env file with "NAME=".
  const present = Object.fromEntries(
    Object.keys(schema.shape).flatMap((name) => {
      const value = env[name];
      return value === undefined || value.trim() === "" ? [] : [[name, value]];
    }),
  );
  const parsed = schema.safeParse(present);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((issue) => `  ${issue.path.join(".")}: ${issue.message}`);
    throw new IngestConfigError(`Invalid ingest server settings:\n${lines.join("\n")}`);
  }
  const v = parsed.data;
  const secret = v.TRACKING_SECRET ?? v.AUTH_SECRET;
  if (!secret) {
    throw new IngestConfigError(
      "Invalid ingest server settings:\n  TRACKING_SECRET: set it (or AUTH_SECRET) to hash visitor addresses",
    );
  }
  return {
    port: v.INGEST_PORT,
    trackingBaseUrl: v.TRACKING_BASE_URL ?? `http://localhost:${v.INGEST_PORT}`,
    databaseUrl: v.DATABASE_URL,
    secret,
    trustedCountryHeader: v.TRUSTED_COUNTRY_HEADER || undefined,
    trustProxy: v.TRUST_PROXY ?? false,
    batchMaxWaitMs: v.BATCH_MAX_WAIT_MS,
    batchMaxSize: v.BATCH_MAX_SIZE,
    batchMaxInFlight: v.BATCH_MAX_IN_FLIGHT,
    batchLanes: v.BATCH_LANES,
    dbPool: v.INGEST_DB_POOL,
  };
}
