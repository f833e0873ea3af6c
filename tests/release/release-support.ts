/**
 * The release path's moving parts: a folder laid out as a production host would have it
 * (the build output and `npm ci --omit=dev`), commands run there with exactly the production
 * environment, and the launcher as a child process.
 */
import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import { cpSync, existsSync } from "node:fs";
import path from "node:path";

/** What a production host receives from a build: nothing else of the checkout. */
export const RELEASE_FILES = [
  "package.json",
  "package-lock.json",
  "dist",
  ".next",
  "public",
  "drizzle",
];

/** Copies the build output into `folder` (without Next's build cache) and installs production dependencies. */
export function layOutRelease(root: string, folder: string): void {
  for (const entry of RELEASE_FILES) {
    cpSync(path.join(root, entry), path.join(folder, entry), {
      recursive: true,
      filter: (source) => !source.startsWith(path.join(root, ".next", "cache")),
    });
  }
  const install = spawnSync(
    "npm",
    ["ci", "--omit=dev", "--no-audit", "--no-fund", "--loglevel=error"],
    { cwd: folder, encoding: "utf8", timeout: 600_000 },
  );
  if (install.status !== 0) {
    throw new Error(`npm ci --omit=dev failed:\n${install.stdout}\n${install.stderr}`);
  }
}

export const installed = (folder: string, name: string) =>
  existsSync(path.join(folder, "node_modules", name, "package.json"));

/** Exactly these variables, plus PATH and HOME (Node's types would insist on a NODE_ENV). */
const exactly = (env: Record<string, string>) =>
  ({
    PATH: process.env.PATH ?? "",
    HOME: process.env.HOME ?? "",
    ...env,
  }) as unknown as NodeJS.ProcessEnv;

/** Runs `node <entry> …args` in `folder` with exactly `env` (plus PATH and HOME). */
export function runNode(
  folder: string,
  args: string[],
  env: Record<string, string>,
): Promise<{ code: number | null; output: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, args, {
      cwd: folder,
      env: exactly(env),
      stdio: ["ignore", "pipe", "pipe"],
    });
    let output = "";
    child.stdout.on("data", (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on("data", (chunk: Buffer) => (output += chunk.toString()));
    const timer = setTimeout(() => child.kill("SIGKILL"), 120_000);
    child.on("exit", (code) => {
      clearTimeout(timer);
      resolve({ code, output });
    });
  });
}

/** A long-running process whose output is kept. */
export type Started = { child: ChildProcess; output: () => string; exited: Promise<number | null> };

export function startNode(folder: string, args: string[], env: Record<string, string>): Started {
  const child = spawn(process.execPath, args, {
    cwd: folder,
    env: exactly(env),
    stdio: ["ignore", "pipe", "pipe"],
  });
  let output = "";
  child.stdout?.on("data", (chunk: Buffer) => (output += chunk.toString()));
  child.stderr?.on("data", (chunk: Buffer) => (output += chunk.toString()));
  const exited = new Promise<number | null>((resolve) => child.once("exit", resolve));
  return { child, output: () => output, exited };
}

/** Resolves once `url` answers 2xx; throws with the process output after `ms`. */
export async function untilAnswers(url: string, ms: number, started: Started): Promise<void> {
  const deadline = Date.now() + ms;
  while (Date.now() < deadline) {
    if (started.child.exitCode !== null) {
      throw new Error(`the launcher exited (${started.child.exitCode}):\n${started.output()}`);
    }
    const ok = await fetch(url)
      .then((response) => response.ok)
      .catch(() => false);
    if (ok) return;
    await new Promise((resolve) => setTimeout(resolve, 300));
  }
  throw new Error(`${url} did not answer within ${ms} ms:\n${started.output()}`);
}

/** True when nothing listens on the port any more. */
export async function closed(port: number): Promise<boolean> {
  return fetch(`http://127.0.0.1:${port}/`)
    .then(() => false)
    .catch(() => true);
}
