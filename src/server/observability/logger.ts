import { createRequire } from "node:module";
import pino, { type DestinationStream, type Logger } from "pino";
import type { PrettyOptions } from "pino-pretty";
import { env } from "~/env";
import { currentRequestId } from "./request-context";

export type { Logger };

export type LogFormat = "json" | "pretty";

export type LoggerOptions = {
  level?: string;
  format?: LogFormat;
  /** Where lines go instead of stdout (tests read them back). */
  destination?: DestinationStream;
};

/**
 * The logger of one process ("web", "ingest", "worker"): a JSON object a line with the level's
 * name, an ISO time, the process and, inside a request or job, its id (`reqId`). LOG_LEVEL and
 * LOG_FORMAT (src/env.ts) choose the rest; call it after the process checked its environment.
 * Errors go under `err` (`log.error({ err }, "…")`): pino writes their type, message and stack.
 */
export function createLogger(processName: string, options: LoggerOptions = {}): Logger {
  const settings = env();
  const level = options.level ?? settings.LOG_LEVEL;
  const format =
    options.format ??
    settings.LOG_FORMAT ??
    (settings.NODE_ENV === "development" ? "pretty" : "json");
  const config: pino.LoggerOptions = {
    level,
    base: { process: processName, pid: process.pid },
    timestamp: pino.stdTimeFunctions.isoTime,
    formatters: { level: (label) => ({ level: label }) },
    mixin: () => {
      const reqId = currentRequestId();
      return reqId === undefined ? {} : { reqId };
    },
  };
  if (options.destination) return pino(config, options.destination);
  if (format === "pretty") {
    const pretty = prettyStream();
    if (pretty) return pino(config, pretty);
    const logger = pino(config);
    logger.warn("LOG_FORMAT=pretty needs the pino-pretty package, which is not installed: JSON");
    return logger;
  }
  return pino(config);
}

/**
 * pino-pretty as an in-process stream, loaded only when asked for: it is a dev dependency, so
 * production (JSON) never needs it, and a synchronous stream loses no line when the process
 * exits right after writing one (as it does after a fatal error).
 */
function prettyStream(): DestinationStream | null {
  let build: (options: PrettyOptions) => DestinationStream;
  try {
    build = createRequire(import.meta.url)("pino-pretty") as typeof build;
  } catch {
    return null;
  }
  return build({
    sync: true,
    colorize: Boolean(process.stdout.isTTY),
    translateTime: "SYS:HH:MM:ss",
    ignore: "pid,hostname,process",
    messageFormat: "[{process}] {msg}",
    singleLine: true,
  });
}
