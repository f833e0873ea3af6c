import { initTRPC, TRPCError } from "@trpc/server";
import { eq } from "drizzle-orm";
import superjson from "superjson";
import { z } from "zod";
import type { Db } from "~/server/db/client";
import { users } from "~/server/db/schema";
import { DomainError, forbidden } from "~/server/errors";
import { can, type ManagerAction } from "~/server/auth/permissions";
import { loadManagedProgram } from "~/server/services/programs/load-managed-program";
import type { Locale } from "~/i18n/locales";
import { presentError, toTRPCError } from "./errors";

export type Context = { db: Db; userId: string | null; locale: Locale };

const t = initTRPC.context<Context>().create({
  transformer: superjson,
  // Subscriptions (live dashboards) stream over SSE: a ping keeps idle streams open through
  // proxies, and a client that hears nothing for longer reconnects on its own.
  sse: {
    ping: { enabled: true, intervalMs: 15_000 },
    client: { reconnectAfterInactivityMs: 40_000 },
  },
  errorFormatter({ shape, error, ctx }) {
    const presented = presentError(error, ctx?.locale ?? "en");
    return {
      message: presented.message,
      code: shape.code,
      // No stack, no cause: only what the user needs to correct the request.
      data: {
        code: shape.data.code,
        httpStatus: shape.data.httpStatus,
        path: shape.data.path,
        fieldErrors: presented.fieldErrors ?? null,
      },
    };
  },
});

export const createTRPCRouter = t.router;
export const createCallerFactory = t.createCallerFactory;

/** Domain errors leave procedures as tRPC errors with the right code. */
const domainErrors = t.middleware(async ({ next }) => {
  const result = await next();
  if (!result.ok && result.error.cause instanceof DomainError)
    throw toTRPCError(result.error.cause);
  return result;
});

export const publicProcedure = t.procedure.use(domainErrors);

/** Any signed-in person; every signed-in person may act as a partner. */
export const protectedProcedure = publicProcedure.use(({ ctx, next }) => {
  if (!ctx.userId) throw new TRPCError({ code: "UNAUTHORIZED" });
  return next({ ctx: { ...ctx, userId: ctx.userId } });
});

export const partnerProcedure = protectedProcedure;

/** Owners run the deployment: they create programs. */
export const ownerProcedure = protectedProcedure.use(async ({ ctx, next }) => {
  const [user] = await ctx.db
    .select({ isOwner: users.isOwner })
    .from(users)
    .where(eq(users.id, ctx.userId));
  if (!user?.isOwner) throw forbidden("ownerOnly");
  return next();
});

/**
 * A manager of the program named by `programId`, allowed `action`. The id only selects among
 * the caller's own memberships: a foreign id answers NOT_FOUND.
 */
export function managerProcedure(action: ManagerAction) {
  return protectedProcedure
    .input(z.object({ programId: z.uuid() }))
    .use(async ({ ctx, input, next }) => {
      const { program, role } = await loadManagedProgram(ctx.db, ctx.userId, input);
      if (!can(role, action)) throw forbidden();
      return next({ ctx: { ...ctx, program } });
    });
}
