/**
 * Live updates end to end below the web layer: click batches and conversions committed through
 * the real write paths reach the LISTEN hub of a web process, only for the partner concerned,
 * never when rolled back; hubs on separate connections each serve their own subscribers.
 */
import { randomUUID } from "node:crypto";
import { sql } from "drizzle-orm";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import type { LiveEvent } from "~/lib/live-event";
import type { LiveHub } from "~/server/live/hub";
import { publishLiveEvents } from "~/server/live/publish";
import { recordConversion } from "~/server/services/conversions/record-conversion";
import { reviewConversion } from "~/server/services/conversions/review-conversion";
import {
  writeConversions,
  type PendingConversion,
} from "~/server/services/conversions/write-conversions";
import { EventBatch } from "~/server/tracking/record-events";
import { writeEventBatch } from "~/server/live/write-event-batch";
import { newClickId } from "~/server/tracking/click-id";
import { db, testDb } from "../../support/db";
import { makePartner } from "../../support/factories";
import { addClick, addLink, addRule, programWithKey, uniqueId } from "../conversions/fixtures";
import { makeLink, request, startIngest } from "../ingest/fixtures";
import { makeHub, sendMarker, take } from "./fixtures";

let hub: LiveHub;
let ingest: Awaited<ReturnType<typeof startIngest>>;
const controllers: AbortController[] = [];

beforeAll(async () => {
  hub = makeHub();
  ingest = await startIngest();
});
afterEach(() => {
  for (const controller of controllers.splice(0)) controller.abort();
});
afterAll(async () => {
  await ingest.close();
  await hub.close();
});

/** A program with a 10% sale rule and two approved partners, each with a link. */
async function twoPartners() {
  const setup = await programWithKey();
  await addRule(setup.program.id, { rateBps: 1000 });
  const alice = await makePartner(setup.program.id);
  const bob = await makePartner(setup.program.id);
  return { ...setup, alice: alice.enrollment, bob: bob.enrollment };
}

async function subscribe(on: LiveHub, enrollmentId: string) {
  const controller = new AbortController();
  controllers.push(controller);
  const stream = on.subscribe(enrollmentId, controller.signal);
  await on.ready();
  return stream;
}

describe("live hub", () => {
  it("announces a committed click batch to the link's partner only, counted per partner", async () => {
    const { program, alice, bob } = await twoPartners();
    const aliceStream = await subscribe(hub, alice.id);
    const bobStream = await subscribe(hub, bob.id);
    const link = await makeLink(program.id, alice.id);

    // Through the ingest server: the 302 is sent once the batch has committed.
    const answers = await Promise.all(
      ["203.0.113.1", "203.0.113.2", "203.0.113.2"].map((ip) =>
        request(ingest.port, `/r/${link.code}`, { headers: { "x-forwarded-for": ip } }),
      ),
    );
    expect(answers.map((answer) => answer.status)).toEqual([302, 302, 302]);

    let clicks = 0;
    while (clicks < 3) {
      const event = await take(aliceStream);
      expect(event).toMatchObject({
        kind: "clicks",
        programId: program.id,
        enrollmentId: alice.id,
      });
      if (event.kind === "clicks") clicks += event.clicks;
    }
    expect(clicks).toBe(3);

    const marker = await sendMarker(bob.id);
    expect(await take(bobStream)).toEqual(marker);
  });

  it("splits a large batch into notices under the payload limit, one event per partner", async () => {
    const { program } = await twoPartners();
    const partners = await Promise.all(
      Array.from({ length: 60 }, () => makePartner(program.id).then((p) => p.enrollment)),
    );
    const watched = partners[59]!;
    const stream = await subscribe(hub, watched.id);
    const batch = new EventBatch();
    const now = Date.now();
    for (const partner of partners) {
      const link = await makeLink(program.id, partner.id);
      for (let n = 0; n < 2; n++) {
        batch.push({
          kind: "click",
          id: newClickId(now),
          occurredAt: now,
          programId: program.id,
          linkId: link.id,
          enrollmentId: partner.id,
          billable: true,
          isUnique: n === 0,
          ipHash: randomUUID(),
          country: null,
          subId: null,
        });
      }
    }
    const before = hub.stats.notices;
    await writeEventBatch(testDb.sql, batch);
    expect(await take(stream)).toMatchObject({ kind: "clicks", clicks: 2, uniqueClicks: 1 });
    // Once the marker is here, every notice of the batch was heard: 60 partners' events
    // (~230 bytes each) need at least 2 notices under the 7,800-byte cap, and the marker one.
    const marker = await sendMarker(watched.id, program.id);
    expect(await take(stream)).toEqual(marker);
    expect(hub.stats.notices - before).toBeGreaterThanOrEqual(3);
    expect(hub.stats.malformed).toBe(0);
  });

  it("announces a conversion to its partner with the status and commission, and not to others", async () => {
    const { program, alice, bob } = await twoPartners();
    const aliceStream = await subscribe(hub, alice.id);
    const bobStream = await subscribe(hub, bob.id);
    const clickId = await addClick(await addLink(program.id, alice.id));

    const { conversion } = await recordConversion(
      { db, program },
      {
        type: "sale",
        external_id: uniqueId("order"),
        amount: 12_345,
        currency: "EUR",
        click_id: clickId,
      },
    );
    const event = await take(aliceStream);
    expect(event).toEqual({
      kind: "conversion",
      programId: program.id,
      enrollmentId: alice.id,
      at: conversion.occurred_at,
      conversionId: conversion.id,
      type: "sale",
      status: conversion.review_status === "flagged" ? "flagged" : "pending",
      commission: "1235",
    } satisfies LiveEvent);

    const marker = await sendMarker(bob.id);
    expect(await take(bobStream)).toEqual(marker);
  });

  it("announces a held sale, then the manager's decision on it", async () => {
    const setup = await programWithKey({ minClickToSaleSeconds: 86_400 });
    await addRule(setup.program.id, { rateBps: 1000 });
    const { enrollment } = await makePartner(setup.program.id);
    const stream = await subscribe(hub, enrollment.id);
    const clickId = await addClick(await addLink(setup.program.id, enrollment.id));
    const { conversion } = await recordConversion(
      { db, program: setup.program },
      {
        type: "sale",
        external_id: uniqueId("order"),
        amount: 5_000,
        currency: "EUR",
        click_id: clickId,
      },
    );
    expect(conversion.review_status).toBe("flagged");
    expect(await take(stream)).toMatchObject({ conversionId: conversion.id, status: "flagged" });

    await reviewConversion(setup.ctx, { conversionId: conversion.id, decision: "reject" });
    expect(await take(stream)).toMatchObject({
      kind: "conversion",
      conversionId: conversion.id,
      type: "sale",
      status: "rejected",
    });
  });

  it("delivers nothing from a rolled-back transaction", async () => {
    const { program, alice } = await twoPartners();
    const stream = await subscribe(hub, alice.id);
    const event: LiveEvent = {
      kind: "clicks",
      programId: program.id,
      enrollmentId: alice.id,
      at: new Date().toISOString(),
      clicks: 1,
      uniqueClicks: 1,
    };
    await expect(
      db.transaction(async (tx) => {
        await publishLiveEvents(tx, [event]);
        throw new Error("changed my mind");
      }),
    ).rejects.toThrow("changed my mind");

    // A click batch that fails announces nothing either: the second click's link id is not a
    // uuid, so the whole batch (alice's good click too) is rolled back. (A repeated
    // click id no longer fails a batch: replays of the spool skip what is stored.)
    const link = await makeLink(program.id, alice.id);
    const batch = new EventBatch();
    const click = {
      kind: "click" as const,
      id: newClickId(Date.now()),
      occurredAt: Date.now(),
      programId: program.id,
      linkId: link.id,
      enrollmentId: alice.id,
      billable: true,
      isUnique: true,
      ipHash: randomUUID(),
      country: null,
      subId: null,
    };
    batch.push(click);
    batch.push({ ...click, id: newClickId(Date.now()), linkId: "not-a-uuid" });
    await expect(writeEventBatch(testDb.sql, batch)).rejects.toThrow();

    const marker = await sendMarker(alice.id, program.id);
    expect(await take(stream)).toEqual(marker);
  });

  it("announces a conversion once when its write was rolled back and redone (key taken meanwhile)", async () => {
    const { program, alice } = await twoPartners();
    const stream = await subscribe(hub, alice.id);
    const lead = (externalId: string): PendingConversion => ({
      row: {
        programId: program.id,
        type: "lead",
        externalId,
        actionKey: null,
        amount: null,
        currency: "EUR",
        enrollmentId: alice.id,
        attribution: "click",
        clickId: null,
        promoCodeId: null,
        customerHash: null,
        country: null,
        occurredAt: new Date(),
        metadata: {},
        requestHash: externalId,
        fraudFlags: [],
        reviewStatus: "none",
      },
      entries: [],
      holdUntil: new Date(),
      increment: {
        programId: program.id,
        enrollmentId: alice.id,
        linkId: null,
        at: new Date(),
        counters: { leads: 1 },
      },
    });
    const [first] = await writeConversions(db, [lead("a")]);
    expect(await take(stream)).toMatchObject({ conversionId: first, type: "lead" });
    // The optimistic transaction (announcing a and b) rolls back; the redo announces b only.
    const [, second] = await writeConversions(db, [lead("a"), lead("b")]);
    expect(await take(stream)).toMatchObject({ conversionId: second, status: "pending" });
    const marker = await sendMarker(alice.id, program.id);
    expect(await take(stream)).toEqual(marker);
  });

  it("two hubs on two connections each deliver only to their own subscribers", async () => {
    const { program, alice, bob } = await twoPartners();
    const other = makeHub();
    try {
      const aliceHere = await subscribe(hub, alice.id);
      const bobThere = await subscribe(other, bob.id);
      const [listening] = await db.execute<{ n: number }>(sql`
        select count(*)::int as n from pg_stat_activity
        where query ilike 'listen%' and application_name like 'rally-live-test-%'`);
      expect(listening!.n).toBeGreaterThanOrEqual(2);

      const forAlice = await sendMarker(alice.id, program.id);
      const forBob = await sendMarker(bob.id, program.id);
      expect(await take(aliceHere)).toEqual(forAlice);
      expect(await take(bobThere)).toEqual(forBob);
      // Each heard both notices; neither delivered the other's.
      expect(other.stats.delivered).toBe(1);
      const last = await sendMarker(alice.id, program.id);
      expect(await take(aliceHere)).toEqual(last);
    } finally {
      await other.close();
    }
  });

  it("listens again after losing its connection", async () => {
    const name = `rally-live-test-${randomUUID().slice(0, 8)}`;
    const own = makeHub(name);
    try {
      const enrollmentId = randomUUID();
      const stream = await subscribe(own, enrollmentId);
      await db.execute(sql`
        select pg_terminate_backend(pid) from pg_stat_activity where application_name = ${name}`);
      // Notices sent while it is away are lost: keep sending until one arrives.
      let arrived = false;
      const arrival = stream.next().finally(() => (arrived = true));
      for (let attempt = 0; attempt < 100 && !arrived; attempt++) {
        await sendMarker(enrollmentId);
        await new Promise((resolve) => setTimeout(resolve, 50));
      }
      expect((await arrival).value).toMatchObject({ enrollmentId, status: "marker" });
      expect(own.stats.reconnects).toBeGreaterThanOrEqual(1);
    } finally {
      await own.close();
    }
  });

  it("forgets a subscriber when its signal aborts, and ignores notices that are not events", async () => {
    const enrollmentId = randomUUID();
    const controller = new AbortController();
    const stream = hub.subscribe(enrollmentId, controller.signal);
    await hub.ready();
    const before = hub.subscriberCount;
    const pending = stream.next();
    controller.abort();
    expect(await pending).toEqual({ done: true, value: undefined });
    expect(hub.subscriberCount).toBe(before - 1);

    const watcher = await subscribe(hub, enrollmentId);
    const malformed = hub.stats.malformed;
    await db.execute(
      sql`select pg_notify('rally_live', ${`[{"enrollmentId":"${enrollmentId}"}]`})`,
    );
    await db.execute(sql`select pg_notify('rally_live', 'not json')`);
    const marker = await sendMarker(enrollmentId);
    expect(await take(watcher)).toEqual(marker);
    expect(hub.stats.malformed).toBe(malformed + 2);
  });
});
