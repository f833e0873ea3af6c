import type { TRPCClientErrorLike } from "@trpc/client";
import type { AppRouter } from "~/server/api/root";

/** The translated field errors the server attached to a failed mutation, by field path. */
export function fieldErrors(error: TRPCClientErrorLike<AppRouter> | null): Record<string, string> {
  return error?.data?.fieldErrors ?? {};
}
