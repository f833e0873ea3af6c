import "server-only";
import { TRPCError } from "@trpc/server";
import { notFound } from "next/navigation";
import { api } from "~/server/api/server-caller";

/** Runs a partner academy query; a course or lesson that is not the caller's is a 404 page. */
export async function loadOr404<T>(
  query: (caller: Awaited<ReturnType<typeof api>>) => Promise<T>,
): Promise<T> {
  try {
    return await query(await api());
  } catch (error) {
    if (error instanceof TRPCError && (error.code === "NOT_FOUND" || error.code === "BAD_REQUEST"))
      notFound();
    throw error;
  }
}
