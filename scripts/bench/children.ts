/**
 * Starts a server under test as its own Node process (TypeScript through tsx's loader, so the
 * process id is the server's own) and stops it by asking over IPC, with a kill as last resort.
 */
import { fork, type ChildProcess } from "node:child_process";
import path from "node:path";
import type { ChildMessage } from "./child-protocol";

export type RunningChild = { port: number; pid: number; stop: () => Promise<void> };

const live = new Map<ChildProcess, () => Promise<void>>();

export async function startChild(
  script: "bare-child.ts" | "ingest-child.ts",
  env: Record<string, string> = {},
  profileDir: string | null = null,
): Promise<RunningChild> {
  // A profile shows where a server spends its CPU; it is written when the process exits.
  const profile = profileDir ? ["--cpu-prof", `--cpu-prof-dir=${profileDir}`] : [];
  const child = fork(path.join(import.meta.dirname, script), [], {
    execArgv: ["--import", "tsx", ...profile],
    env: { ...process.env, ...env },
    stdio: ["ignore", "inherit", "inherit", "ipc"],
  });
  const exited = new Promise<void>((resolve) => child.once("exit", () => resolve()));
  const stop = async () => {
    if (child.exitCode === null && child.signalCode === null) {
      if (child.connected) child.send("stop");
      else child.kill("SIGTERM");
      // close() flushes pending clicks: give it time, but never hang the bench.
      const timer = setTimeout(() => child.kill("SIGKILL"), 30_000);
      await exited;
      clearTimeout(timer);
    }
    live.delete(child);
  };
  live.set(child, stop);

  try {
    const port = await new Promise<number>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`${script} did not start in 60 s`)), 60_000);
      child.on("message", (message: ChildMessage) => {
        if (message.type !== "listening") return;
        clearTimeout(timer);
        resolve(message.port);
      });
      child.once("exit", (code) => {
        clearTimeout(timer);
        reject(new Error(`${script} exited with code ${code} before listening`));
      });
    });
    return { port, pid: child.pid ?? 0, stop };
  } catch (error) {
    child.kill("SIGKILL");
    await exited;
    live.delete(child);
    throw error;
  }
}

/** On an interrupted run: every child still alive is asked to stop (and killed if it hangs). */
export async function stopAllChildren(): Promise<void> {
  await Promise.all([...live.values()].map((stop) => stop()));
}
