import type { Db } from "~/server/db/client";
import type { Program } from "./programs/types";

/** Who is calling a service: passed explicitly, never read from globals. */
export type ActorContext = { db: Db; userId: string };

/** A manager acting on one program they are a member of (checked by the caller). */
export type ProgramContext = ActorContext & { program: Program };
