import { describe, expect, it } from "vitest";
import { parseIngestConfig } from "./config";

const base = { DATABASE_URL: "postgres://localhost/rally", AUTH_SECRET: "auth-secret-0123456789" };

describe("parseIngestConfig", () => {
  it("fills in the defaults", () => {
    expect(parseIngestConfig(base)).toEqual({
      port: 3001,
      trackingBaseUrl: "http://localhost:3001",
      databaseUrl: "postgres://localhost/rally",
      secret: "auth-secret-0123456789",
      trustedCountryHeader: undefined,
      proxyHops: 0,
      batchMaxWaitMs: expect.any(Number),
      batchMaxSize: expect.any(Number),
      batchMaxInFlight: expect.any(Number),
      batchLanes: expect.any(Number),
      dbPool: expect.any(Number),
      apiKeyGuard: expect.any(Object),
      batchMaxQueued: 8,
      commitTimeoutMs: 1500,
      statementTimeoutMs: 5000,
      spoolDir: ".rally/spool",
      spoolMaxBytes: 536_870_912,
      spoolMaxAgeMs: 72 * 3_600_000,
      spoolRetryMs: 1000,
    });
  });

  it("reads every setting", () => {
    const config = parseIngestConfig({
      ...base,
      INGEST_PORT: "4001",
      TRACKING_BASE_URL: "https://go.example.com/",
      TRACKING_SECRET: "tracking-secret-0123456789",
      TRUSTED_COUNTRY_HEADER: "CF-IPCountry",
      TRUST_PROXY: "true",
      BATCH_MAX_WAIT_MS: "3",
      BATCH_MAX_SIZE: "200",
      BATCH_MAX_IN_FLIGHT: "3",
      BATCH_LANES: "2",
      INGEST_DB_POOL: "6",
    });
    expect(config).toMatchObject({
      port: 4001,
      trackingBaseUrl: "https://go.example.com",
      secret: "tracking-secret-0123456789",
      trustedCountryHeader: "cf-ipcountry",
      proxyHops: 1,
      batchMaxWaitMs: 3,
      batchMaxSize: 200,
      batchMaxInFlight: 3,
      batchLanes: 2,
      dbPool: 6,
    });
  });

  it("treats empty variables as unset", () => {
    expect(
      parseIngestConfig({ ...base, TRACKING_SECRET: "", TRUST_PROXY: "", INGEST_PORT: " " }),
    ).toMatchObject({
      secret: base.AUTH_SECRET,
      proxyHops: 0,
      port: 3001,
    });
  });

  it("lists every problem at once", () => {
    let message = "";
    try {
      parseIngestConfig({
        INGEST_PORT: "http",
        TRACKING_BASE_URL: "ftp://x",
        AUTH_SECRET: "short",
        TRUST_PROXY: "maybe",
      });
    } catch (error) {
      message = (error as Error).message;
    }
    for (const name of [
      "INGEST_PORT",
      "TRACKING_BASE_URL",
      "DATABASE_URL",
      "AUTH_SECRET",
      "TRUST_PROXY",
    ]) {
      expect(message).toContain(`${name}:`);
    }
  });

  it("requires a secret for the hashes", () => {
    expect(() => parseIngestConfig({ DATABASE_URL: base.DATABASE_URL })).toThrow(/TRACKING_SECRET/);
  });
});
