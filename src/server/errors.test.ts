import type { ServerResponse } from "node:http";
import { getHTTPStatusCodeFromError } from "@trpc/server/http";
import { describe, expect, it } from "vitest";
import { answer } from "~/ingest/api/respond";
import { toTRPCError } from "~/server/api/errors";
import { DomainError, ERROR_TABLE, type DomainErrorCode } from "~/server/errors";
import { errorResponse } from "~/server/http/error-response";

const codes = Object.keys(ERROR_TABLE) as DomainErrorCode[];

/** Runs the ingest API's answer() over a failing handler and reports the status it wrote. */
async function ingestStatus(error: unknown): Promise<number> {
  let status = 0;
  const res = {
    headersSent: false,
    writeHead(code: number) {
      status = code;
      return res;
    },
    end() {},
    destroy() {},
  };
  await answer(res as unknown as ServerResponse, () => Promise.reject(error));
  return status;
}

describe("the error table", () => {
  it("gives every kind a tRPC code whose status tRPC itself agrees with", () => {
    expect(codes.length).toBeGreaterThan(0);
    for (const code of codes) {
      const { trpc, http } = ERROR_TABLE[code];
      const error = toTRPCError(new DomainError(code, "forbidden"));
      expect(error.code).toBe(trpc);
      expect(getHTTPStatusCodeFromError(error)).toBe(http);
    }
  });

  it("names the conversion API's 422 for invalid bodies", () => {
    expect(ERROR_TABLE.UNPROCESSABLE).toEqual({ trpc: "UNPROCESSABLE_CONTENT", http: 422 });
  });

  it("decides the status of route handlers", async () => {
    for (const code of codes) {
      const response = errorResponse(new DomainError(code, "forbidden"), "en");
      expect(response.status).toBe(ERROR_TABLE[code].http);
    }
  });

  it("decides the status of the ingest API", async () => {
    for (const code of codes) {
      // The API answers every request a client has to correct with 422.
      const expected = code === "BAD_REQUEST" ? 422 : ERROR_TABLE[code].http;
      expect(await ingestStatus(new DomainError(code, "someKey"))).toBe(expected);
    }
    expect(await ingestStatus(new DomainError("NOT_FOUND", "notFound"))).toBe(404);
    expect(await ingestStatus(new DomainError("BAD_REQUEST", "refundNotSale"))).toBe(422);
  });
});
