import { bigserial, index, jsonb, pgTable, text, uuid } from "drizzle-orm/pg-core";
import { users } from "./auth";
import { createdAt } from "./columns";
import { programs } from "./programs";

/** Who did what, and when: written in the same transaction as the change it records. */
export const auditLog = pgTable(
  "audit_log",
  {
    id: bigserial({ mode: "number" }).primaryKey(),
    programId: uuid().references(() => programs.id, { onDelete: "cascade" }),
    actorId: uuid().references(() => users.id, { onDelete: "set null" }),
    action: text().notNull(),
    targetType: text().notNull(),
    targetId: text().notNull(),
    data: jsonb().$type<Record<string, unknown>>().notNull().default({}),
    createdAt: createdAt(),
  },
  (t) => [
    index("audit_log_program_created_idx").on(t.programId, t.createdAt),
    // The log pages newest first by id within one program.
    index("audit_log_program_id_idx").on(t.programId, t.id.desc()),
    index("audit_log_actor_idx").on(t.actorId),
  ],
);
