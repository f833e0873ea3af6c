import { eq } from "drizzle-orm";
import { z } from "zod";
import { users } from "~/server/db/schema";
import { signOutEverywhere } from "~/server/services/sessions/sign-out-everywhere";
import { locales } from "~/i18n/locales";
import { createTRPCRouter, protectedProcedure } from "../trpc";

export const accountRouter = createTRPCRouter({
  me: protectedProcedure.query(async ({ ctx }) => {
    const [user] = await ctx.db
      .select({
        id: users.id,
        email: users.email,
        name: users.name,
        locale: users.locale,
        isOwner: users.isOwner,
      })
      .from(users)
      .where(eq(users.id, ctx.userId));
    return user ?? null;
  }),

  /** Remembered so that emails reach the person in the language they chose. */
  setLocale: protectedProcedure
    .input(z.object({ locale: z.enum(locales) }))
    .mutation(async ({ ctx, input }) => {
      await ctx.db.update(users).set({ locale: input.locale }).where(eq(users.id, ctx.userId));
      return { locale: input.locale };
    }),

  /** Ends every session of the caller, this one included. */
  signOutEverywhere: protectedProcedure.mutation(({ ctx }) => signOutEverywhere(ctx)),
});
