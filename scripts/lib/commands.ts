import { eq } from "drizzle-orm";
import { readFileSync } from "node:fs";
import { z } from "zod";
import type { Db } from "~/server/db/client";
import { programs } from "~/server/db/schema";
import { listAllPrograms } from "~/server/services/programs/list-all-programs";
import { createProgramSchema } from "~/lib/validation/programs";
import { addManager } from "~/server/services/programs/add-manager";
import { createProgram } from "~/server/services/programs/create-program";
import { findOrCreateUser, normalizeEmail } from "~/server/services/users/find-or-create-user";
import { createApiKey } from "~/server/services/api-keys/create-api-key";
import { createLink } from "~/server/services/links/create-link";
import { partnerContext } from "~/server/services/enrollments/resolve-enrollment";
import { listPartners } from "~/server/services/partners/list-partners";
import { destinationInputSchema, linkLabelSchema, subIdSchema } from "~/lib/validation/links";
import { conversionsEndpoint } from "~/server/tracking/tracking-url";
import { users } from "~/server/db/schema";
import { DomainError } from "~/server/errors";
import { userCommands } from "./commands-users";
import { standaloneCommands } from "./commands-doctor";

export { standaloneCommands };

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
  "partner",
  "destination",
  "label",
  "sub-id",
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

  // Tracking and integrations: what a merchant's developer sets up without a browser.
  "api-key create": {
    summary:
      "api-key create --program <slug> [--name <name>]   a conversion API key and the signing secret",
    async run(db, options) {
      const program = await programBySlug(db, required(options, "program"));
      const name = text(options, "name") ?? "Command line";
      const created = await createApiKey({ db, userId: null, program }, { name });
      const endpoint = conversionsEndpoint();
      return {
        text: [
          `API key "${name}" created for ${program.slug}.`,
          `  API key:        ${created.key}`,
          `  Signing secret: ${created.signingSecret}`,
          `  Endpoint:       POST ${endpoint}`,
          "Store the key now: it is not shown again.",
        ].join("\n"),
        data: {
          id: created.id,
          name,
          prefix: created.prefix,
          key: created.key,
          signingSecret: created.signingSecret,
          endpoint,
        },
      };
    },
  },

  "partners list": {
    summary: "partners list --program <slug>   approved partners with their referral codes",
    async run(db, options) {
      const program = await programBySlug(db, required(options, "program"));
      const rows = [];
      let after: string | undefined;
      do {
        const page = await listPartners({ db, userId: null, program }, { after, limit: 500 });
        rows.push(...page.items);
        after = page.nextCursor ?? undefined;
      } while (after);
      const lines = rows.map(
        (row) =>
          `${row.email.padEnd(36)} ${(row.name ?? "").padEnd(24)} ${row.referralCode}  ${row.tierKey ?? ""}`,
      );
      return {
        text: lines.length ? lines.join("\n") : `No approved partners in ${program.slug} yet.`,
        data: rows,
      };
    },
  },

  "links create": {
    summary:
      "links create --program <slug> --partner <email> --destination <url> [--label <text>] [--sub-id <id>]",
    async run(db, options) {
      const slug = required(options, "program");
      const program = await programBySlug(db, slug);
      const email = normalizeEmail(required(options, "partner"));
      // Parsed under the flag names, so a mistake names the flag the person typed.
      const input = z
        .object({
          destination: destinationInputSchema,
          label: linkLabelSchema.optional(),
          "sub-id": subIdSchema.optional(),
        })
        .parse({
          destination: text(options, "destination") ?? "",
          label: text(options, "label"),
          "sub-id": text(options, "sub-id"),
        });
      const [partner] = await db.select().from(users).where(eq(users.email, email));
      const notPartner = `${email} is not a partner of ${slug}. See "partners list --program ${slug}".`;
      if (!partner) throw new CommandError(notPartner);
      const link = await partnerContext(db, partner.id, program.id, "active")
        .then((ctx) =>
          createLink(ctx, {
            destination: input.destination,
            label: input.label,
            subId: input["sub-id"],
          }),
        )
        .catch((error: unknown) => {
          if (error instanceof DomainError && error.code === "NOT_FOUND")
            throw new CommandError(notPartner);
          throw error;
        });
      const { qrSvg: _qrSvg, ...data } = link;
      return { text: `${link.url} → ${link.destination}`, data: { ...data, partner: email } };
    },
  },

  ...userCommands,
};

export function usage(): string {
  return [
    "Usage: npm run rally -- <command> [options] [--json]",
    "",
    ...[...Object.values(commands), ...Object.values(standaloneCommands)].map(
      (command) => `  ${command.summary}`,
    ),
  ].join("\n");
}
