/**
 * The Dockerfile, read instruction by instruction (no Docker engine here to build it): its
 * stages, what the runtime stage copies and runs, and what the build context leaves out.
 */
import { existsSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { RELEASE_FILES } from "../../release/release-support";
import { read, root } from "./files";

type Instruction = { keyword: string; args: string };
type Stage = { name: string; from: string; instructions: Instruction[] };

/** Instructions with their continuation lines joined, grouped by FROM into stages. */
function stages(text: string): { args: Map<string, string>; stages: Stage[] } {
  const joined = text.replace(/\\\n/g, " ");
  const args = new Map<string, string>();
  const result: Stage[] = [];
  for (const line of joined.split("\n")) {
    const match = /^\s*([A-Z]+)\s+(.*)$/.exec(line);
    if (!match || line.trim().startsWith("#")) continue;
    const [, keyword = "", rest = ""] = match;
    if (keyword === "FROM") {
      const [, from = "", name] = /^(\S+)(?:\s+AS\s+(\S+))?/i.exec(rest.trim()) ?? [];
      result.push({ name: name ?? `#${result.length}`, from, instructions: [] });
    } else if (keyword === "ARG" && result.length === 0) {
      const [name = "", value = ""] = rest.trim().split("=");
      args.set(name, value);
    } else {
      result.at(-1)?.instructions.push({ keyword, args: rest.trim() });
    }
  }
  return { args, stages: result };
}

const dockerfile = stages(read("Dockerfile"));
const runtime = dockerfile.stages.at(-1)!;
const all = (stage: Stage, keyword: string) =>
  stage.instructions.filter((instruction) => instruction.keyword === keyword);
const base = (stage: Stage) =>
  stage.from.replace(/^\$\{(\w+)\}$/, (_, name: string) => dockerfile.args.get(name) ?? "");

describe("Dockerfile", () => {
  it("builds in stages with every dependency, and ends in a slim runtime stage", () => {
    expect(dockerfile.stages.map((stage) => stage.name)).toEqual([
      "deps",
      "build",
      "production-deps",
      "runtime",
    ]);
    for (const stage of dockerfile.stages)
      expect(base(stage), stage.name).toBe("node:20-bookworm-slim");
    const run = (name: string) =>
      all(
        dockerfile.stages.find((stage) => stage.name === name)!,
        "RUN",
      )
        .map((instruction) => instruction.args)
        .join("\n");
    expect(run("deps")).toMatch(/^npm ci\b(?!.*--omit)/m);
    expect(run("build")).toMatch(/^npm run build\b/m);
    expect(run("production-deps")).toMatch(/^npm ci --omit=dev\b/m);
  });

  it("copies only from earlier stages", () => {
    dockerfile.stages.forEach((stage, index) => {
      const earlier = dockerfile.stages.slice(0, index).map((other) => other.name);
      for (const copy of all(stage, "COPY")) {
        const from = /--from=(\S+)/.exec(copy.args)?.[1];
        if (from) expect(earlier, `${stage.name}: COPY ${copy.args}`).toContain(from);
      }
    });
  });

  it("gives the runtime the production dependencies, the build and what it reads at run time", () => {
    const copied = all(runtime, "COPY").map((copy) => copy.args);
    expect(copied).toContain("--from=production-deps /app/node_modules ./node_modules");
    // Exactly what the release-path test lays out and runs (the lock file only installs).
    const fromBuild = RELEASE_FILES.filter((entry) => entry !== "package-lock.json");
    expect(copied.filter((args) => args.startsWith("--from=build")).sort()).toEqual(
      fromBuild.map((entry) => `--from=build /app/${entry} ./${entry}`).sort(),
    );
    // What the build does not make must be in the repository for the build stage's COPY . .
    for (const source of ["public", "drizzle", "package.json", "package-lock.json"]) {
      expect(existsSync(path.join(root, source)), source).toBe(true);
    }
  });

  it("runs the web app as the unprivileged user rally, in production, with a health check", () => {
    expect(all(runtime, "USER").map((user) => user.args)).toEqual(["rally"]);
    expect(
      all(runtime, "ENV")
        .map((env) => env.args)
        .join(" "),
    ).toMatch(/\bNODE_ENV=production\b/);
    const healthchecks = all(runtime, "HEALTHCHECK").map((healthcheck) => healthcheck.args);
    expect(healthchecks).toHaveLength(1);
    expect(healthchecks[0]).toMatch(/CMD \["node", "-e", ".*fetch\(.*\/api\/health/);
    expect(all(runtime, "CMD").map((cmd) => JSON.parse(cmd.args))).toEqual([
      ["node", "dist/web.mjs"],
    ]);
    // The user switch comes after every step that needs root.
    const order = runtime.instructions.map((instruction) => instruction.keyword);
    expect(order.lastIndexOf("RUN")).toBeLessThan(order.indexOf("USER"));
  });

  it("keeps secrets, local state and earlier builds out of the build context", () => {
    const ignored = read(".dockerignore")
      .split("\n")
      .map((line) => line.trim())
      .filter((line) => line && !line.startsWith("#"));
    for (const entry of [".env", "node_modules", ".next", "dist", ".rally", ".git"]) {
      expect(ignored, entry).toContain(entry);
    }
    // …but not what the build reads.
    for (const source of ["src", "emails", "public", "drizzle", "scripts", "package.json"]) {
      expect(ignored, source).not.toContain(source);
    }
  });
});
