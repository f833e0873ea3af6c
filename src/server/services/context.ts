import type { Db } from "~/server/db/client";
import type { Program } from "./program";

/** Who is calling a service: passed explicitly, never read from globals. */
export type ActorContext = { db: Db; userId: string };

/**
 * Acting on one program whose access the caller already checked: a manager through the
 * procedure ladder, or the admin command line (no person: userId null, audited as "system").
 */
export type ProgramContext = { db: Db; userId: string | null; program: Program };
