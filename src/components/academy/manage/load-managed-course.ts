import "server-only";
import { TRPCError } from "@trpc/server";
import { notFound } from "next/navigation";
import { cache } from "react";
import { managedProgram } from "~/components/programs/manage/managed-program";

/**
 * A course of a program the caller manages, as its author edits it. A foreign or malformed
 * id is a 404 page, like a missing one.
 */
export const loadManagedCourse = cache(async (slug: string, courseId: string) => {
  const { caller, program } = await managedProgram(slug);
  try {
    const data = await caller.manage.academy.getCourse({ programId: program.id, courseId });
    return { caller, program, data };
  } catch (error) {
    if (error instanceof TRPCError && (error.code === "NOT_FOUND" || error.code === "BAD_REQUEST"))
      notFound();
    throw error;
  }
});
