/** The ingest server never answers 302 for a click it has not committed, and flushes on close. */
import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { inject } from "vitest";
import { createDb } from "~/server/db/client";
import { clicks } from "~/server/db/schema/index";
import { db } from "../../support/db";
import { makePartner, makeProgram } from "../../support/factories";
import { clickIdOf, makeLink, request, startIngest } from "./fixtures";

async function partnerLink() {
  const { program } = await makeProgram();
  const { enrollment } = await makePartner(program.id);
  return makeLink(program.id, enrollment.id);
}

describe("ingest durability", () => {
  it("redirects and spools the click when it cannot be stored, never answering as if it were", async () => {
    const link = await partnerLink();
    const own = createDb(inject("databaseUrl"), { max: 2 });
    const ingest = await startIngest({}, own.sql);
    try {
      const ok = await request(ingest.port, `/r/${link.code}`);
      expect(ok.status).toBe(302);
      expect(ingest.tracker.spool.depth().records).toBe(0);
      // The link is cached now; the next click's batch has no database to go to.
      await own.sql.end();
      const spooled = await request(ingest.port, `/r/${link.code}`);
      expect(spooled.status).toBe(302);
      expect(spooled.headers["set-cookie"]).toBeDefined();
      // The 302 went out only after the click was on disk in the spool.
      expect(ingest.tracker.writer.stats.spooled).toBe(1);
      expect(ingest.tracker.spool.depth().records).toBe(1);
      expect(ingest.tracker.writer.spooling).toBe(true);
      // Pixels never break the page, even then.
      expect((await request(ingest.port, `/i/${link.code}.gif`)).status).toBe(200);
    } finally {
      await ingest.close();
    }
  });

  it("answers 503 when the link cannot be looked up", async () => {
    const own = createDb("postgres://nobody:wrong@localhost:1/none", { max: 1 });
    const ingest = await startIngest({}, own.sql);
    try {
      const answer = await request(ingest.port, "/r/AnyCode123");
      expect(answer.status).toBe(503);
      expect(answer.headers.location).toBeUndefined();
    } finally {
      await ingest.close();
      await own.sql.end();
    }
  });

  it("close() commits the waiting batch and answers its requests before it resolves", async () => {
    const link = await partnerLink();
    // A batch that would wait a minute: only close() can get it written.
    const ingest = await startIngest({ batchMaxWaitMs: 60_000 });
    await ingest.tracker.links.get(link.code);
    const pending = Promise.all([1, 2, 3].map(() => request(ingest.port, `/r/${link.code}`)));
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(ingest.tracker.events.stats.batches).toBe(0);

    await ingest.close();
    const answers = await pending;
    expect(answers.map((answer) => answer.status)).toEqual([302, 302, 302]);
    const stored = await db
      .select({ id: clicks.id })
      .from(clicks)
      .where(eq(clicks.linkId, link.id));
    expect(stored.map((row) => row.id).sort()).toEqual(answers.map(clickIdOf).sort());
    // Closed: nothing listens any more.
    await expect(request(ingest.port, `/r/${link.code}`)).rejects.toThrow();
  });
});
