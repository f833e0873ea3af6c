import { eq } from "drizzle-orm";
import { z } from "zod";
import { locales } from "~/i18n/locales";
import { users } from "~/server/db/schema";
import { notFound } from "~/server/errors";
import type { ActorContext } from "../context";

export const profileInput = z.object({
  /** Shown to the managers of the person's programs; empty clears it. */
  name: z
    .string()
    .trim()
    .max(100)
    .nullable()
    .transform((name) => name || null),
  /** The portal's language and the language of the person's emails. */
  locale: z.enum(locales),
});
export type ProfileInput = z.input<typeof profileInput>;

/** Saves the caller's own name and language; the email is the sign-in identity and stays. */
export async function updateProfile(ctx: ActorContext, input: ProfileInput) {
  const { name, locale } = profileInput.parse(input);
  const [user] = await ctx.db
    .update(users)
    .set({ name, locale })
    .where(eq(users.id, ctx.userId))
    .returning({ name: users.name, locale: users.locale });
  if (!user) throw notFound("partner");
  return user;
}
