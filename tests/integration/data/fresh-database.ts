/**
 * A new, empty database on the test run's PostgreSQL server, dropped afterwards: what a
 * restore or a first migration meets on a new installation.
 */
import { randomUUID } from "node:crypto";
import postgres from "postgres";
import { inject } from "vitest";

export type FreshDatabase = { url: string; name: string; drop: () => Promise<void> };

export async function freshDatabase(): Promise<FreshDatabase> {
  const server = inject("databaseUrl");
  const name = `rally_fresh_${randomUUID().replaceAll("-", "").slice(0, 12)}`;
  const admin = postgres(server, { max: 1, onnotice: () => {} });
  try {
    await admin`create database ${admin(name)}`;
  } finally {
    await admin.end();
  }
  const url = new URL(server);
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    name,
    async drop() {
      const admin = postgres(server, { max: 1, onnotice: () => {} });
      try {
        await admin`drop database if exists ${admin(name)} with (force)`;
      } finally {
        await admin.end();
      }
    },
  };
}
