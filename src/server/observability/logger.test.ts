import { afterEach, describe, expect, it } from "vitest";
import { resetEnvForTests } from "~/env";
import { createLogger } from "./logger";
import { withRequestId } from "./request-context";

function capture() {
  const lines: Record<string, unknown>[] = [];
  const destination = { write: (line: string) => void lines.push(JSON.parse(line)) };
  return { lines, destination };
}

afterEach(() => resetEnvForTests());

describe("createLogger", () => {
  it("writes one JSON object a line with the level's name, the process, the message and a time", () => {
    const { lines, destination } = capture();
    createLogger("ingest", { destination }).info({ status: 503 }, "answered 503");
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatchObject({
      level: "info",
      process: "ingest",
      pid: process.pid,
      msg: "answered 503",
      status: 503,
    });
    expect(new Date(lines[0]!.time as string).toISOString()).toBe(lines[0]!.time);
  });

  it("leaves out lines below LOG_LEVEL", () => {
    resetEnvForTests({ LOG_LEVEL: "warn" });
    const { lines, destination } = capture();
    const log = createLogger("web", { destination });
    log.debug("debug");
    log.info("info");
    log.warn("warn");
    log.error("error");
    expect(lines.map((line) => line.msg)).toEqual(["warn", "error"]);
  });

  it("adds the request id of the request being handled, and errors with their type and stack", async () => {
    const { lines, destination } = capture();
    const log = createLogger("worker", { destination, level: "info" });
    await withRequestId("job-7", async () => {
      await Promise.resolve();
      log.error({ err: new TypeError("boom") }, "job failed");
    });
    log.info("outside");
    expect(lines[0]).toMatchObject({
      reqId: "job-7",
      msg: "job failed",
      err: { type: "TypeError", message: "boom" },
    });
    expect((lines[0]!.err as { stack: string }).stack).toContain("TypeError: boom");
    expect(lines[1]).not.toHaveProperty("reqId");
  });

  it("refuses an unknown LOG_LEVEL or LOG_FORMAT", () => {
    resetEnvForTests({ LOG_LEVEL: "loud" });
    expect(() => createLogger("web")).toThrow(/LOG_LEVEL/);
    resetEnvForTests({ LOG_FORMAT: "xml" });
    expect(() => createLogger("web")).toThrow(/LOG_FORMAT/);
  });
});
