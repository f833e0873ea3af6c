import { fetchRequestHandler } from "@trpc/server/adapters/fetch";
import { TRPC_ERROR_CODES_BY_KEY } from "@trpc/server/rpc";
import superjson from "superjson";
import { env } from "~/env";
import { createContext, localeOf } from "~/server/api/context";
import { presentError, toTRPCError } from "~/server/api/errors";
import { appRouter } from "~/server/api/root";
import { DomainError, httpStatusOf } from "~/server/errors";
import { readCappedBody } from "./read-capped-body";
import { appOrigin, crossSiteRefused, isJsonRequest, isSameOriginRequest } from "./same-origin";

/**
 * /api/trpc over HTTP. Queries and subscriptions (GET) go straight to tRPC: they change
 * nothing, and tRPC refuses a mutation over GET. Every POST is a mutation (tRPC refuses
 * queries over POST), so a POST must first come from the app's own pages, carry JSON (which
 * no cross-site form can send; tRPC itself would also take multipart and octet-stream) and
 * stay under REQUEST_BODY_MAX_BYTES — all decided before a byte of the body is parsed.
 * Server components and actions call procedures through the server-side caller, not here.
 */
export async function handleTrpcRequest(request: Request): Promise<Response> {
  let req = request;
  if (request.method === "POST") {
    if (!isSameOriginRequest(request.headers, appOrigin()))
      return refusal(request, crossSiteRefused());
    if (!isJsonRequest(request.headers))
      return refusal(request, new DomainError("UNSUPPORTED_MEDIA_TYPE", "jsonRequired"));
    const cap = env().REQUEST_BODY_MAX_BYTES;
    const body = await readCappedBody(request, cap);
    if (!body) return refusal(request, tooLarge(cap));
    req = new Request(request.url, {
      method: "POST",
      headers: request.headers,
      body,
      signal: request.signal,
    });
  }
  return fetchRequestHandler({
    endpoint: "/api/trpc",
    req,
    router: appRouter,
    createContext: () => createContext(req.headers),
  });
}

/** The refusal of an oversized body, with the limit in the words users read (KB). */
export const tooLarge = (cap: number) =>
  new DomainError("PAYLOAD_TOO_LARGE", "payloadTooLarge", { max: Math.floor(cap / 1024) });

/**
 * A refused call in the shape tRPC answers errors with (serialized by the router's
 * transformer), so the browser's client shows the translated message like any other error; a
 * batch gets the one error for each of its calls.
 */
function refusal(request: Request, error: DomainError): Response {
  const trpcError = toTRPCError(error);
  const status = httpStatusOf(error.code);
  const shape = {
    message: presentError(trpcError, localeOf(request.headers)).message,
    code: TRPC_ERROR_CODES_BY_KEY[trpcError.code],
    data: { code: trpcError.code, httpStatus: status, path: null, fieldErrors: null },
  };
  return Response.json(
    { error: superjson.serialize(shape) },
    { status, headers: { "cache-control": "no-store" } },
  );
}
