import { cache } from "react";
import { auth } from "./config";

/** The signed-in user's id for this request, or null (cached per request). */
export const currentUserId = cache(async (): Promise<string | null> => {
  const session = await auth();
  return session?.user?.id ?? null;
});
