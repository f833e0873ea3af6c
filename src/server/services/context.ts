import type { Db } from "~/server/db/client";
import type { enrollments } from "~/server/db/schema";
import type { EnrollmentState } from "./enrollments/enrollment-state";
import type { Program } from "./program";

/** Who is calling a service: passed explicitly, never read from globals. */
export type ActorContext = { db: Db; userId: string };

/**
 * Acting on one program whose access the caller already checked: a manager through the
 * procedure ladder, or the admin command line (no person: userId null, audited as "system").
 */
export type ProgramContext = { db: Db; userId: string | null; program: Program };

export type Enrollment = typeof enrollments.$inferSelect;

/** The caller's enrollment in one program, as resolveEnrollment found and checked it. */
export type EnrollmentContext = {
  program: Program;
  enrollment: Enrollment;
  state: EnrollmentState;
};

/** A partner acting in one program, their enrollment resolved by the procedure ladder. */
export type PartnerContext = ActorContext & EnrollmentContext;
