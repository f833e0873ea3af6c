import { eq } from "drizzle-orm";
import { readFileSync } from "node:fs";
import { z } from "zod";
import type { Db } from "~/server/db/client";
import { programs } from "~/server/db/schema";
import { listAllPrograms } from "~/server/services/programs/list-all-programs";
import { createProgramSchema } from "~/lib/validation/programs";
import { addManager } from "~/server/services/programs/add-manager";
import { createProgram } from "~/server/services/programs/create-program";
import { findOrCreateUser } from "~/server/services/users/find-or-create-user";

/** Every option any command takes; all are strings (flags like --json are declared apart). */
export const OPTION_NAMES = [
  "email",
  "name",
  "slug",
  "manager",
  "currency",
  "domains",
  "cookie-days",
  "hold-days",
  "approval",
  "description",
  "terms",
  "terms-file",
  "program",
] as const;

/** A mistake in how the command was called: shown as it is, exit code 1. */
export class CommandError extends Error {}

type Options = Record<string, string | boolean | undefined>;
type Result = { text: string; data: unknown };
type Command = { summary: string; run: (db: Db, options: Options) => Promise<Result> };

const text = (options: Options, key: string): string | undefined => {
  const value = options[key];
  return typeof value === "string" ? value : undefined;
};
const required = (options: Options, key: string): string => {
  const value = text(options, key);
  if (!value) throw new CommandError(`--${key} is required.`);
  return value;
};

async function programBySlug(db: Db, slug: string) {
  const [program] = await db.select().from(programs).where(eq(programs.slug, slug));
  if (!program) throw new CommandError(`No program has the slug "${slug}". See "programs list".`);
  return program;
}

export const commands: Record<string, Command> = {
  "owner create": {
    summary:
      "owner create --email <email> [--name <name>]   create an owner (or make a person one)",
    async run(db, options) {
      const email = z.email().parse(required(options, "email"));
      const user = await findOrCreateUser(db, {
        email,
        name: text(options, "name"),
        isOwner: true,
      });
      return {
        text: `Owner ${user.email} is ready (id ${user.id}).`,
        data: { id: user.id, email: user.email, isOwner: true },
      };
    },
  },

  "program create": {
    summary:
      "program create --slug <slug> --name <name> --manager <email> --currency <ISO> --domains <a.com,b.com>\n" +
      "               [--cookie-days 30] [--hold-days 30] [--approval manual|auto] [--description <text>]\n" +
      "               (--terms <text> | --terms-file <path>)",
    async run(db, options) {
      const termsFile = text(options, "terms-file");
      const input = createProgramSchema.parse({
        slug: text(options, "slug"),
        name: text(options, "name"),
        description: text(options, "description") ?? "",
        currency: text(options, "currency"),
        cookieWindowDays: text(options, "cookie-days") ?? "30",
        holdPeriodDays: text(options, "hold-days") ?? "30",
        allowedDomains: (text(options, "domains") ?? "").split(",").filter(Boolean),
        approvalMode: text(options, "approval") ?? "manual",
        terms: termsFile ? readFileSync(termsFile, "utf8") : text(options, "terms"),
      });
      const manager = await findOrCreateUser(db, {
        email: z.email().parse(required(options, "manager")),
      });
      const program = await createProgram({ db, userId: manager.id }, input);
      return {
        text: `Program "${program.name}" created at /manage/${program.slug}, managed by ${manager.email}.`,
        data: { id: program.id, slug: program.slug, name: program.name, manager: manager.email },
      };
    },
  },

  "manager create": {
    summary:
      "manager create --program <slug> --email <email>   make a person a manager of a program",
    async run(db, options) {
      const program = await programBySlug(db, required(options, "program"));
      const email = z.email().parse(required(options, "email"));
      const result = await addManager({ db, userId: null, program }, { email });
      return {
        text: result.added
          ? `${result.email} now manages ${program.slug}.`
          : `${result.email} already manages ${program.slug}.`,
        data: { program: program.slug, ...result },
      };
    },
  },

  "programs list": {
    summary: "programs list   every program with its managers and partner counts",
    async run(db) {
      const rows = await listAllPrograms(db);
      const lines = rows.map(
        (row) =>
          `${row.slug.padEnd(20)} ${row.name.padEnd(34)} ${row.currency}  ${String(row.approved).padStart(5)} partners  ${String(row.pending).padStart(4)} pending  ${row.managers} managers`,
      );
      return { text: lines.length ? lines.join("\n") : "No programs yet.", data: rows };
    },
  },
};

export function usage(): string {
  return [
    "Usage: npm run rally -- <command> [options] [--json]",
    "",
    ...Object.values(commands).map((command) => `  ${command.summary}`),
  ].join("\n");
}
