import { TRPCError } from "@trpc/server";
import { getHTTPStatusCodeFromError } from "@trpc/server/http";
import { z } from "zod";
import { createContext } from "~/server/api/context";
import { presentError } from "~/server/api/errors";
import { createCaller } from "~/server/api/root";
import { translator } from "~/i18n/translator";
import { plainRefusal, postRequired } from "~/server/http/post-only";
import { appOrigin, isSameOriginRequest } from "~/server/http/same-origin";

const paramsSchema = z.object({ batchId: z.uuid(), programId: z.uuid() });

/**
 * A payout batch as a CSV download. It goes through the same tRPC procedure as everything
 * else, so the manager check (a batch of a program the caller does not manage is a 404) and
 * the audit entry are the procedure's, not this handler's. A form POST from the batch list,
 * same-origin only: the download is audited, and a GET must not write.
 */
export async function POST(request: Request, context: { params: Promise<{ batchId: string }> }) {
  const parsed = paramsSchema.safeParse({
    batchId: (await context.params).batchId,
    programId: new URL(request.url).searchParams.get("programId"),
  });
  if (!parsed.success) return new Response("Not found", { status: 404 });
  const ctx = await createContext(request.headers);
  if (!isSameOriginRequest(request.headers, appOrigin()))
    return plainRefusal(403, translator(ctx.locale)("errors.crossSite"));
  try {
    const { csv, filename } = await createCaller(ctx).manage.payouts.exportCsv(parsed.data);
    // The byte-order mark makes Excel read the file as UTF-8 (names in Polish, Russian…).
    return new Response(`\uFEFF${csv}`, {
      headers: {
        "content-type": "text/csv; charset=utf-8",
        "content-disposition": `attachment; filename="${filename}"`,
        // Full bank details: never kept by a shared cache or the browser's.
        "cache-control": "no-store",
      },
    });
  } catch (error) {
    if (!(error instanceof TRPCError)) throw error;
    return new Response(presentError(error, ctx.locale).message, {
      status: getHTTPStatusCodeFromError(error),
      headers: { "content-type": "text/plain; charset=utf-8" },
    });
  }
}

export const GET = postRequired;
