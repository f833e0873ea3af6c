import { parseArgs } from "node:util";

export const PARTS = [
  "redirect",
  "conversions",
  "live",
  "stats",
  "contests",
  "digests",
  "lighthouse",
  "outage",
  "demo-pages",
] as const;
export type Part = (typeof PARTS)[number];

export type BenchOptions = {
  out: string | null;
  quick: boolean;
  parts: Part[];
  /** Seconds of measured load for the redirect and conversion parts (after a warm-up). */
  seconds: number;
  warmupSeconds: number;
  connections: number;
  conversionConcurrency: number;
  clicks: number;
  partners: number;
  days: number;
  samples: number;
  /** Folder for V8 CPU profiles of the servers under test (--cpu-prof), or null. */
  profileDir: string | null;
};

export const USAGE = `npm run bench -- [--quick] [--out <file.json>] [--only redirect,conversions,live,stats,contests,digests,lighthouse,outage,demo-pages]
                     [--seconds <n>] [--clicks <n>] [--samples <n>] [--profile <dir>]`;

export function parseOptions(argv: string[]): BenchOptions {
  const { values } = parseArgs({
    args: argv,
    options: {
      out: { type: "string" },
      quick: { type: "boolean", default: false },
      only: { type: "string" },
      seconds: { type: "string" },
      clicks: { type: "string" },
      samples: { type: "string" },
      profile: { type: "string" },
      help: { type: "boolean", default: false },
    },
  });
  if (values.help) {
    console.log(USAGE);
    process.exit(0);
  }
  const quick = values.quick === true;
  const parts = values.only ? values.only.split(",").map((p) => p.trim()) : [...PARTS];
  for (const part of parts) {
    if (!(PARTS as readonly string[]).includes(part)) {
      throw new Error(`Unknown part "${part}"; choose among ${PARTS.join(", ")}.`);
    }
  }
  return {
    out: values.out ?? null,
    quick,
    parts: parts as Part[],
    seconds: positive(values.seconds, quick ? 3 : 15, "seconds"),
    warmupSeconds: quick ? 1 : 3,
    connections: 50,
    conversionConcurrency: 32,
    clicks: positive(values.clicks, quick ? 1_000_000 : 10_000_000, "clicks"),
    partners: 10_000,
    days: 90,
    samples: positive(values.samples, 200, "samples"),
    profileDir: values.profile ?? null,
  };
}

function positive(value: string | undefined, fallback: number, name: string): number {
  if (value === undefined) return fallback;
  const n = Number(value.replace(/_/g, ""));
  if (!Number.isInteger(n) || n <= 0) throw new Error(`--${name} must be a positive integer.`);
  return n;
}
