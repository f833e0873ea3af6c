/**
 * The compiled entry points `npm run build` writes (scripts/build/server-bundles.ts) and what
 * production runs: `node <entry>`. The Dockerfile, compose file and systemd units name these
 * paths; a test checks that they name nothing else.
 */
export const ENTRIES = {
  /** The launcher: web app, ingest server and worker as one supervised group (`npm start`). */
  start: "dist/start.mjs",
  web: "dist/web.mjs",
  ingest: "dist/ingest.mjs",
  worker: "dist/worker.mjs",
  /** The admin command line: migrate, backup, restore, doctor, users… */
  rally: "dist/rally.mjs",
  /** The demo's few clicks and sales a minute (demo mode only). */
  demoTrickle: "dist/demo-trickle.mjs",
} as const;

export type EntryName = keyof typeof ENTRIES;

/** The TypeScript source each entry is compiled from. */
export const ENTRY_SOURCES: Record<EntryName, string> = {
  start: "scripts/start.ts",
  web: "src/server/web/main.ts",
  ingest: "src/ingest/main.ts",
  worker: "src/server/jobs/main.ts",
  rally: "scripts/rally.ts",
  demoTrickle: "scripts/demo-trickle.ts",
};
