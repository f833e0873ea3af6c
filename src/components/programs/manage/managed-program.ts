import { notFound } from "next/navigation";
import { cache } from "react";
import { api } from "~/server/api/server-caller";

/**
 * The program behind a console URL, found among the caller's own managed programs: a slug
 * they do not manage is a 404, like one that does not exist.
 */
export const managedProgram = cache(async (slug: string) => {
  const caller = await api();
  const program = (await caller.manage.programs.list()).find((item) => item.slug === slug);
  if (!program) notFound();
  return { caller, program };
});
