import { eq } from "drizzle-orm";
import type { Db } from "~/server/db/client";
import { programs } from "~/server/db/schema";
import type { Program } from "~/server/services/program";

/** The program row a ProgramContext carries (the bench acts as the admin command line). */
export async function loadProgram(db: Db, programId: string): Promise<Program> {
  const [program] = await db.select().from(programs).where(eq(programs.id, programId));
  if (!program) throw new Error(`bench: program ${programId} vanished`);
  return program;
}
