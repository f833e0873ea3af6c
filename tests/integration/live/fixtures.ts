/** Shared by the live update tests: hubs on the test database, reading with a deadline. */
import { randomUUID } from "node:crypto";
import { inject } from "vitest";
import type { LiveEvent } from "~/lib/live-event";
import { LiveHub } from "~/server/live/hub";
import { publishLiveEvents } from "~/server/live/publish";
import { db } from "../../support/db";

/** A hub as a web process has one, on its own LISTEN connection. */
export function makeHub(applicationName = `rally-live-test-${randomUUID().slice(0, 8)}`) {
  return new LiveHub({
    url: inject("databaseUrl"),
    applicationName,
    retry: { firstMs: 20, maxMs: 200 },
  });
}

/** The next event of a stream, or a rejection after `ms` (the read is then abandoned). */
export async function take(stream: AsyncIterator<LiveEvent>, ms = 5_000): Promise<LiveEvent> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`no live event within ${ms} ms`)), ms);
  });
  try {
    const result = await Promise.race([stream.next(), timeout]);
    if (result.done) throw new Error("the live stream ended");
    return result.value;
  } finally {
    clearTimeout(timer);
  }
}

/**
 * A committed marker event for an enrollment. Notices reach a listener in commit order, so when
 * a stream's next event is its marker, nothing committed before the marker was meant for it.
 */
export async function sendMarker(enrollmentId: string, programId: string = randomUUID()) {
  const marker: LiveEvent = {
    kind: "conversion",
    programId,
    enrollmentId,
    at: new Date().toISOString(),
    conversionId: randomUUID(),
    type: "action",
    status: "marker",
  };
  await publishLiveEvents(db, [marker]);
  return marker;
}
