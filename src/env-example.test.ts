/**
 * .env.example is the operator's list of settings: it must name every variable src/env.ts
 * reads, and nothing Rally would ignore, or a deployment silently runs on a default.
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { envSchema, parseEnv, REQUIRED_IN_PRODUCTION, webRequirements } from "~/env";

const root = path.resolve(import.meta.dirname, "..");
const read = (file: string) => readFileSync(path.join(root, file), "utf8");

type Entry = { name: string; value: string; commented: boolean; line: number };

/**
 * The variables of an env file: "NAME=value" lines, and "# NAME=value" lines (listed but left
 * unset). Any other line starting with "#" is a description.
 */
function parseEnvExample(text: string): { entries: Entry[]; described: Set<string> } {
  const entries: Entry[] = [];
  const described = new Set<string>();
  let description = false;
  text.split("\n").forEach((raw, index) => {
    const line = raw.trim();
    const variable = /^(#\s*)?([A-Z][A-Z0-9_]*)=(.*)$/.exec(line);
    if (variable) {
      const [, hash, name = "", value = ""] = variable;
      entries.push({ name, value: unquote(value.trim()), commented: Boolean(hash), line: index });
      if (description) described.add(name);
      return;
    }
    // A blank line or a section rule ends a description: the next variables need their own.
    description = line.startsWith("#") && line !== "#" && !/^#\s*-+$/.test(line);
  });
  return { entries, described };
}

function unquote(value: string): string {
  return /^"(.*)"$/.exec(value)?.[1] ?? value;
}

/** Names read outside src/env.ts that an operator may set: the launcher's (embedded PostgreSQL). */
function launcherNames(): string[] {
  const source = read("scripts/lib/database.ts");
  return [...source.matchAll(/process\.env\.([A-Z][A-Z0-9_]*)/g)].map((match) => match[1] ?? "");
}

/** Names docker-compose.yml takes from .env when it interpolates ${NAME}. */
function composeNames(): string[] {
  const source = read("docker-compose.yml");
  return [...source.matchAll(/\$\{([A-Z][A-Z0-9_]*)/g)].map((match) => match[1] ?? "");
}

const schemaNames = Object.keys(envSchema.shape);
const example = parseEnvExample(read(".env.example"));
const listed = example.entries.map((entry) => entry.name);

describe(".env.example", () => {
  it("lists every variable of src/env.ts", () => {
    expect(schemaNames.filter((name) => !listed.includes(name))).toEqual([]);
  });

  it("lists only variables something reads", () => {
    const known = new Set([...schemaNames, ...launcherNames(), ...composeNames()]);
    expect(listed.filter((name) => !known.has(name))).toEqual([]);
  });

  it("lists each variable once, after a comment that describes it", () => {
    expect(listed.filter((name, index) => listed.indexOf(name) !== index)).toEqual([]);
    expect(listed.filter((name) => !example.described.has(name))).toEqual([]);
  });

  it("leaves what production requires to fill in, uncommented and marked", () => {
    const required = [
      ...REQUIRED_IN_PRODUCTION.flatMap((item) => (typeof item === "string" ? [item] : [])),
      ...webRequirements({ NODE_ENV: "production" }),
    ].flat();
    const lines = read(".env.example").split("\n");
    for (const name of required) {
      const entry = example.entries.find((candidate) => candidate.name === name);
      expect(entry, name).toMatchObject({ commented: false, value: "" });
      // The nearest description above the variable says it is required.
      const above = lines.slice(0, entry!.line).reverse();
      const block = above.slice(
        0,
        above.findIndex((line) => !line.startsWith("#")),
      );
      expect(block.join("\n"), name).toContain("[required");
    }
  });

  it("gives example values that the schema accepts", () => {
    const values = Object.fromEntries(
      example.entries
        .filter((entry) => schemaNames.includes(entry.name))
        .map((entry) => [entry.name, entry.value]),
    );
    expect(() => parseEnv(values)).not.toThrow();
  });
});
