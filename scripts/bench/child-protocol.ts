/**
 * How a server under test talks to the bench: it announces its port over the IPC channel and
 * shuts down cleanly when asked (or on SIGINT/SIGTERM), then says so and exits.
 */
import type { Server } from "node:http";

export type ChildMessage = { type: "listening"; port: number } | { type: "stopped" };

export function announce(server: Server): void {
  const address = server.address();
  const port = typeof address === "object" && address ? address.port : 0;
  send({ type: "listening", port });
}

export function onStopRequest(stop: () => Promise<void>): void {
  let stopping = false;
  const run = async () => {
    if (stopping) return;
    stopping = true;
    let code = 0;
    try {
      await stop();
    } catch (error) {
      console.error("[bench child] stop failed", error);
      code = 1;
    }
    send({ type: "stopped" });
    process.disconnect?.();
    process.exit(code);
  };
  process.on("message", (message) => {
    if (message === "stop") void run();
  });
  process.on("SIGINT", () => void run());
  process.on("SIGTERM", () => void run());
  // The parent died without asking: do not linger.
  process.on("disconnect", () => void run());
}

function send(message: ChildMessage): void {
  process.send?.(message);
}
