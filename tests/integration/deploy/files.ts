/** Shared by the deployment file tests: the files, read and parsed as their tools read them. */
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { parse } from "yaml";

export const root = path.resolve(import.meta.dirname, "../../..");

export const read = (file: string) => readFileSync(path.join(root, file), "utf8");

export const UNITS_DIR = "deploy/systemd";

export const unitFiles = () =>
  readdirSync(path.join(root, UNITS_DIR)).filter((file) => file.endsWith(".service"));

export type ComposeService = {
  image?: string;
  build?: unknown;
  command?: string[];
  restart?: string;
  environment?: Record<string, string>;
  env_file?: { path: string; required: boolean }[];
  volumes?: string[];
  ports?: string[];
  depends_on?: Record<string, { condition: string }>;
  healthcheck?: { test?: string[]; disable?: boolean };
  stop_grace_period?: string;
};

export const COMPOSE_SERVICES = [
  "postgres",
  "migrate",
  "web",
  "ingest",
  "worker",
  "caddy",
] as const;

export type ComposeFile = {
  services: Record<(typeof COMPOSE_SERVICES)[number], ComposeService>;
  volumes: Record<string, unknown>;
};

/** docker-compose.yml, with its `<<: *anchor` merges applied as Compose applies them. */
export function composeFile(text = read("docker-compose.yml")): ComposeFile {
  return parse(text, { merge: true }) as ComposeFile;
}

/** A systemd unit file: its sections, each key with every value it was given, in order. */
export type Unit = Record<string, Record<string, string[]>>;

/** The values of one key (none when the unit does not set it). */
export function setting(unit: Unit, section: string, key: string): string[] {
  return unit[section]?.[key] ?? [];
}

export function parseUnit(text: string): Unit {
  const unit: Unit = {};
  let section = "";
  for (const raw of text.split("\n")) {
    const line = raw.trim();
    if (line === "" || line.startsWith("#") || line.startsWith(";")) continue;
    const header = /^\[(.+)\]$/.exec(line);
    if (header) {
      section = header[1] ?? "";
      unit[section] ??= {};
      continue;
    }
    const [key = "", ...rest] = line.split("=");
    ((unit[section] ??= {})[key.trim()] ??= []).push(rest.join("=").trim());
  }
  return unit;
}

/** Every `dist/<name>.mjs` a file names: what it would run. */
export function namedEntries(text: string): string[] {
  return [...text.matchAll(/\bdist\/[\w.-]+\.mjs\b/g)].map((match) => match[0]);
}
