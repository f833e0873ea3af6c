import { initTRPC, TRPCError } from "@trpc/server";
import { eq } from "drizzle-orm";
import superjson from "superjson";
import { z } from "zod";
import type { Db } from "~/server/db/client";
import { users } from "~/server/db/schema";
import { DomainError, forbidden } from "~/server/errors";
import type { ManagerAction } from "~/server/auth/permissions";
import {
  programReferences,
  resolveEnrollment,
  type EnrollmentRequirement,
  type ProgramReference,
} from "~/server/services/enrollments/resolve-enrollment";
import { resolveManagedProgram } from "~/server/services/programs/resolve-managed-program";
import type { Locale } from "~/i18n/locales";
import { presentError, toTRPCError } from "./errors";

export type Context = { db: Db; userId: string | null; locale: Locale };

/**
 * The rung a procedure is built on, recorded so a test can walk the router tree and refuse a
 * procedure that reaches program data any other way (src/server/api/rungs.test.ts).
 */
export type Rung = "public" | "signedIn" | "own" | "owner" | "enrolled" | "manager";
export type Meta = { rung: Rung };

const t = initTRPC
  .context<Context>()
  .meta<Meta>()
  .create({
    defaultMeta: { rung: "public" },
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

/** Any signed-in person, for their account itself. */
export const protectedProcedure = publicProcedure
  .meta({ rung: "signedIn" })
  .use(({ ctx, next }) => {
    if (!ctx.userId) throw new TRPCError({ code: "UNAUTHORIZED" });
    return next({ ctx: { ...ctx, userId: ctx.userId } });
  });

/**
 * A partner's own rows across all their programs (notices, payouts, links by id, the lists
 * of their programs' courses or webinars): every service behind it filters by the caller.
 * Anything about one program goes through `enrolledProcedure`.
 */
export const partnerProcedure = protectedProcedure.meta({ rung: "own" });

const referenceInputs = Object.fromEntries(
  Object.entries(programReferences).map(([kind, key]) => [kind, z.object({ [key]: z.uuid() })]),
) as {
  [K in ProgramReference]: z.ZodObject<{ [P in (typeof programReferences)[K]]: z.ZodUUID }>;
};

/**
 * A partner acting in one program: the caller's enrollment is resolved once, by the program
 * id or by the id of a thing of the program (`ref`), and must meet `requirement`; the handler
 * gets the program, the enrollment and its state. Partners name programs by id, never by
 * slug: ids do not change when a manager renames a program, and managers use them too.
 */
export function enrolledProcedure<R extends ProgramReference = "program">(
  requirement: EnrollmentRequirement,
  ref: R = "program" as R,
) {
  const key = programReferences[ref];
  return protectedProcedure
    .meta({ rung: "enrolled" })
    .input(referenceInputs[ref])
    .use(async ({ ctx, input, next }) => {
      const id = (input as Record<string, string>)[key]!;
      const access = await resolveEnrollment(ctx.db, ctx.userId, { kind: ref, id }, requirement);
      return next({ ctx: { ...ctx, ...access } });
    });
}

/** Owners run the deployment: they create programs. */
export const ownerProcedure = protectedProcedure
  .meta({ rung: "owner" })
  .use(async ({ ctx, next }) => {
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
    .meta({ rung: "manager" })
    .input(z.object({ programId: z.uuid() }))
    .use(async ({ ctx, input, next }) => {
      const { program } = await resolveManagedProgram(ctx.db, ctx.userId, input, action);
      return next({ ctx: { ...ctx, program } });
    });
}
