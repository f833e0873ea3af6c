/**
 * The admin command line: `npm run rally -- <command> [options]`. It works on the same
 * database as the demo (reusing a running embedded server, or starting one for the command)
 * or on DATABASE_URL. `--json` prints machine-readable output.
 *
 * On the local embedded database every command first applies pending migrations, as a
 * convenience. In production (NODE_ENV=production, or any DATABASE_URL) nothing migrates
 * unless asked: a command on a database that is behind stops and points at `rally migrate`,
 * so an upgrade changes the schema once, when the operator chooses.
 */
import { parseArgs } from "node:util";
import { createDb } from "~/server/db/client";
import { migrateDatabase } from "~/server/db/migrate";
import { migrationStatus } from "~/server/db/migration-status";
import { RALLY_VERSION } from "~/server/version";
import { DomainError } from "~/server/errors";
import { openSharedDatabase } from "./lib/database";
import { commands, CommandError, OPTION_NAMES, standaloneCommands, usage } from "./lib/commands";
import { dataCommands, DATA_OPTION_NAMES } from "./lib/commands-data";
import { z } from "zod";
import { translateIssues } from "~/server/api/errors";
import { translator } from "~/i18n/translator";

async function main(): Promise<number> {
  const { positionals, values } = parseArgs({
    allowPositionals: true,
    strict: false,
    options: {
      json: { type: "boolean", default: false },
      help: { type: "boolean", default: false },
      version: { type: "boolean", default: false },
      ...Object.fromEntries(
        [...OPTION_NAMES, ...DATA_OPTION_NAMES].map((option) => [
          option,
          { type: "string" as const },
        ]),
      ),
    },
  });
  const json = values.json === true;
  if (values.version) {
    console.log(json ? JSON.stringify({ version: RALLY_VERSION }) : `Rally ${RALLY_VERSION}`);
    return 0;
  }
  const name = positionals.slice(0, 2).join(" ");
  // The doctor opens (or fails to open) the database itself: it reports what is wrong with it.
  const standalone =
    positionals.length === 1 ? standaloneCommands[positionals[0] ?? ""] : undefined;
  if (standalone && !values.help) {
    const result = await standalone.run(values);
    console.log(json ? JSON.stringify(result.data, null, 2) : result.text);
    return result.exitCode;
  }
  const dataCommand = positionals.length === 1 ? dataCommands[positionals[0] ?? ""] : undefined;
  const command = dataCommand ? undefined : commands[name];
  if ((!command && !dataCommand) || values.help) {
    console.log(
      [usage(), ...Object.values(dataCommands).map((data) => `  ${data.summary}`)].join("\n"),
    );
    return command || dataCommand || values.help ? 0 : 2;
  }

  const database = await openSharedDatabase(() => {});
  const { db, sql } = createDb(database.url, { max: 2 });
  try {
    const result = command
      ? await runWithCurrentSchema(database.url, sql, () => command.run(db, values))
      : await dataCommand!.run(database.url, values);
    console.log(json ? JSON.stringify(result.data, null, 2) : result.text);
    return 0;
  } catch (error) {
    const message = describe(error);
    if (json) console.log(JSON.stringify({ error: message }));
    else console.error(`Error: ${message}`);
    return 1;
  } finally {
    await sql.end();
    await database.stop();
  }
}

/** Locally migrates first; in production refuses to work on a database that is behind. */
async function runWithCurrentSchema<T>(
  url: string,
  sql: ReturnType<typeof createDb>["sql"],
  run: () => Promise<T>,
): Promise<T> {
  const production = process.env.NODE_ENV === "production" || Boolean(process.env.DATABASE_URL);
  if (!production) {
    await migrateDatabase(url);
    return run();
  }
  const status = await migrationStatus(sql);
  if (status.unknown > 0) {
    throw new CommandError(
      "The database was migrated by a newer Rally than this one: use that version (or newer).",
    );
  }
  if (status.pending.length > 0) {
    throw new CommandError(
      `The database is ${status.pending.length} migration(s) behind this Rally (${status.pending.join(", ")}): run \`rally migrate\` first.`,
    );
  }
  return run();
}

/** Input fields whose command-line flag has another name. */
const flagFor: Record<string, string> = {
  allowedDomains: "domains",
  cookieWindowDays: "cookie-days",
  holdPeriodDays: "hold-days",
  approvalMode: "approval",
};

function describe(error: unknown): string {
  if (error instanceof CommandError) return error.message;
  if (error instanceof z.ZodError) {
    return Object.entries(translateIssues(error.issues, "en"))
      .map(([field, message]) => {
        const key = field.split(".")[0] ?? field;
        return `--${flagFor[key] ?? key}: ${message}`;
      })
      .join("\n");
  }
  if (error instanceof DomainError) {
    const t = translator("en");
    return t(`errors.${error.key}` as "errors.forbidden", {
      ...error.params,
      what: String(error.params.what ?? ""),
    });
  }
  return error instanceof Error ? error.message : String(error);
}

main().then(
  (code) => process.exit(code),
  (error) => {
    console.error(`Error: ${error instanceof Error ? error.message : String(error)}`);
    process.exit(1);
  },
);
