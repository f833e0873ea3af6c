/**
 * Start modes: what a production start offers (no mailbox, no demo sign-in), what it refuses
 * to start without (the real launcher and the real web process, spawned), and the launcher's
 * decisions per mode. Serving a build needs `next build`, which this tier does not run; the
 * pieces a production server would run are called directly instead.
 */
import { spawn } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it, vi } from "vitest";
import { resetEnvForTests } from "~/env";
import { mailboxEnabled } from "~/server/auth/demo";
import { register } from "~/instrumentation";
import MailboxPage from "~/app/(public)/dev/mailbox/page";
import { startPlan } from "../../../scripts/lib/start-mode";
import { providerIds, useWebEnv } from "./auth-route";

const stateDir = mkdtempSync(path.join(tmpdir(), "rally-start-"));
afterAll(() => {
  resetEnvForTests();
  rmSync(stateDir, { recursive: true, force: true });
});

/**
 * Runs a TypeScript entry as `npm start` would, with exactly `env` (plus PATH and HOME), from
 * `cwd` (default: the checkout).
 */
function run(entry: string, args: string[], env: Record<string, string>, cwd = process.cwd()) {
  const root = process.cwd();
  return new Promise<{ code: number | null; output: string }>((resolve) => {
    const loader = path.join(root, "node_modules/tsx/dist/loader.mjs");
    const child = spawn(process.execPath, ["--import", loader, path.join(root, entry), ...args], {
      cwd,
      // Exactly these variables (Next's types would insist on a NODE_ENV).
      env: {
        PATH: process.env.PATH ?? "",
        HOME: process.env.HOME ?? "",
        // Should a refusal ever fail, the launcher's database stays out of the checkout's .rally/.
        RALLY_STATE_DIR: stateDir,
        TSX_TSCONFIG_PATH: path.join(root, "tsconfig.json"),
        ...env,
      } as unknown as NodeJS.ProcessEnv,
      stdio: ["ignore", "pipe", "pipe"],
    });
    let output = "";
    child.stdout.on("data", (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on("data", (chunk: Buffer) => (output += chunk.toString()));
    // Loading the launcher under tsx takes a while on a busy machine.
    const timer = setTimeout(() => child.kill("SIGKILL"), 90_000);
    child.on("exit", (code) => {
      clearTimeout(timer);
      resolve({ code, output });
    });
  });
}

/** notFound() throws an error whose digest names the 404 fallback. */
async function statusOf(page: Promise<unknown>): Promise<string> {
  try {
    await page;
    return "rendered";
  } catch (error) {
    const digest = (error as { digest?: string }).digest ?? "";
    return digest.endsWith(";404") ? "404" : `threw ${String(error)}`;
  }
}

const mailboxPage = () => MailboxPage({ searchParams: Promise.resolve({}) });

describe("start modes", () => {
  it("mailbox guard: /dev/mailbox answers 404 unless RALLY_DEMO or RALLY_DEV_MAILBOX asks for it", async () => {
    useWebEnv({ NODE_ENV: "production" });
    expect(await statusOf(mailboxPage())).toBe("404");
    // Not production is not enough either: it is asked for by name or not at all.
    useWebEnv({ NODE_ENV: "development" });
    expect(mailboxEnabled()).toBe(false);
    expect(await statusOf(mailboxPage())).toBe("404");
    useWebEnv({ NODE_ENV: "production", RALLY_DEMO: "1" });
    expect(mailboxEnabled()).toBe(true);
    useWebEnv({ RALLY_DEV_MAILBOX: "1" });
    expect(mailboxEnabled()).toBe(true);
  });

  it("demo sign-in guard: a production start offers no demo provider", async () => {
    useWebEnv({ NODE_ENV: "production" });
    expect(await providerIds()).toEqual(["email"]);
    useWebEnv({ NODE_ENV: "development" });
    expect(await providerIds()).not.toContain("demo");
    useWebEnv({ NODE_ENV: "production", RALLY_DEMO: "1" });
    expect(await providerIds()).toContain("demo");
  });

  it("launcher refusal: npm start without DATABASE_URL, AUTH_SECRET and AUTH_URL exits naming each", async () => {
    const { code, output } = await run("scripts/start.ts", [], {});
    expect(code).toBe(1);
    for (const name of ["DATABASE_URL", "AUTH_SECRET", "AUTH_URL"]) {
      expect(output).toContain(`${name}: is required`);
    }
    // It stopped before it opened a database or spawned anything.
    expect(output).not.toMatch(/embedded|Applying migrations|Listening/i);
  }, 120_000);

  it("launcher refusal: npm start will not run the demo switches", async () => {
    const { code, output } = await run("scripts/start.ts", [], {
      DATABASE_URL: "postgres://rally@127.0.0.1:1/rally",
      AUTH_SECRET: "a-production-secret-0123456789",
      AUTH_URL: "https://rally.example",
      RALLY_DEMO: "1",
      RALLY_DEV_MAILBOX: "yes",
    });
    expect(code).toBe(1);
    expect(output).toContain("RALLY_DEMO: is not for production");
    expect(output).toContain("RALLY_DEV_MAILBOX: is not for production");
  }, 120_000);

  it("web process refusal: the production web server stops without AUTH_URL by itself", async () => {
    // From a folder without a build: the refusal must come from the entry itself, before
    // Next.js loads a build (whose compiled instrumentation would refuse too).
    const { code, output } = await run(
      "src/server/web/main.ts",
      [],
      {
        NODE_ENV: "production",
        DATABASE_URL: "postgres://rally@127.0.0.1:1/rally",
        AUTH_SECRET: "a-production-secret-0123456789",
      },
      stateDir,
    );
    expect(code).toBe(1);
    expect(output).toContain("AUTH_URL: is required");
  }, 120_000);

  it("web instrumentation refusal: next start in production stops without AUTH_URL", async () => {
    // What Next.js runs before it serves anything, under any start command.
    resetEnvForTests({
      NODE_ENV: "production",
      DATABASE_URL: "postgres://x@127.0.0.1:1/x",
      AUTH_SECRET: "a-production-secret-0123456789",
    });
    const runtime = process.env.NEXT_RUNTIME;
    process.env.NEXT_RUNTIME = "nodejs";
    const errors = vi.spyOn(console, "error").mockImplementation(() => {});
    const exit = vi.spyOn(process, "exit").mockImplementation((code) => {
      throw new Error(`exit ${code}`);
    });
    try {
      await expect(register()).rejects.toThrow("exit 1");
      expect(String(errors.mock.calls[0]?.[0])).toContain("AUTH_URL: is required");
    } finally {
      exit.mockRestore();
      errors.mockRestore();
      process.env.NEXT_RUNTIME = runtime;
    }
  });

  it("start plans: development and the demo listen on loopback; production brings its own everything", () => {
    const production = startPlan([], {});
    expect(production).toMatchObject({
      mode: "production",
      server: "build",
      build: "must-exist",
      localConveniences: false,
      seedDemo: false,
      host: undefined,
    });
    expect(production.env).toMatchObject({ NODE_ENV: "production", RALLY_DEMO: "0" });

    const development = startPlan(["--dev"], {});
    expect(development).toMatchObject({ server: "next-dev", host: "127.0.0.1" });
    expect(development.env).toMatchObject({ HOST: "127.0.0.1", RALLY_DEV_MAILBOX: "1" });
    // Reachable from elsewhere, the mailbox stays off unless asked for by name.
    expect(startPlan(["--dev"], { HOST: "0.0.0.0" }).env.RALLY_DEV_MAILBOX).toBe("0");
    expect(startPlan(["--dev"], { RALLY_DEV_MAILBOX: "0" }).env.RALLY_DEV_MAILBOX).toBe("0");

    expect(startPlan(["--demo"], {})).toMatchObject({
      server: "build",
      build: "when-needed",
      seedDemo: true,
      host: "127.0.0.1",
      env: { RALLY_DEMO: "1", NODE_ENV: "production", HOST: "127.0.0.1" },
    });
    expect(startPlan(["--demo", "--prod"], {}).build).toBe("must-exist");
    // A person reads the demo's and development's console; production logs JSON lines.
    expect(startPlan(["--demo"], {}).env.LOG_FORMAT).toBe("pretty");
    expect(startPlan(["--dev"], { LOG_FORMAT: "json" }).env.LOG_FORMAT).toBe("json");
    expect(production.env.LOG_FORMAT).toBeUndefined();
  });
});
