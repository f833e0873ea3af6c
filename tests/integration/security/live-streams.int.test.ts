/**
 * A user holds at most LIVE_STREAMS_PER_USER live streams: real Server-Sent Events from the
 * real tRPC route module, fed by the process's hub on the real database.
 */
import superjson from "superjson";
import { afterAll, describe, expect, inject, it, vi } from "vitest";
import { env } from "~/env";
import { getLiveHub } from "~/server/live/hub";
import { makePartner, makeProgram } from "../../support/factories";
import { sendMarker } from "../live/fixtures";

const session = vi.hoisted(() => ({ userId: null as string | null }));
vi.mock("~/server/auth/session", () => ({ currentUserId: async () => session.userId }));
process.env.DATABASE_URL = inject("databaseUrl");
const trpcRoute = await import("~/app/api/trpc/[trpc]/route");
afterAll(() => getLiveHub().close());

const until = async (condition: () => boolean) => {
  for (let n = 0; n < 300 && !condition(); n++) await new Promise((r) => setTimeout(r, 10));
  expect(condition()).toBe(true);
};

/** One browser tab's stream: its text so far, and whether the server ended it. */
async function openStream(programId: string) {
  const controller = new AbortController();
  const input = encodeURIComponent(JSON.stringify(superjson.serialize({ programId })));
  const response = await trpcRoute.GET(
    new Request(`http://localhost/api/trpc/partner.live.events?input=${input}`, {
      signal: controller.signal,
      headers: { accept: "text/event-stream", "sec-fetch-site": "same-origin" },
    }),
  );
  expect(response.headers.get("content-type")).toBe("text/event-stream");
  const stream = { text: "", ended: false, abort: () => controller.abort() };
  const reader = response.body!.pipeThrough(new TextDecoderStream()).getReader();
  void (async () => {
    for (;;) {
      const { value, done } = await reader.read().catch(() => ({ value: "", done: true }));
      if (done) break;
      stream.text += value;
    }
    stream.ended = true;
  })();
  return stream;
}

describe("live streams", () => {
  it("the 5th stream of a user closes their 1st (streams per user)", async () => {
    const limit = env().LIVE_STREAMS_PER_USER;
    expect(limit).toBe(4);
    const { program } = await makeProgram();
    const { user, enrollment } = await makePartner(program.id);
    const other = await makePartner(program.id);
    const hub = getLiveHub();
    const base = hub.subscriberCount;

    // Another partner's stream does not count against this one's.
    session.userId = other.user.id;
    const theirs = await openStream(program.id);
    await until(() => hub.subscriberCount === base + 1);

    session.userId = user.id;
    const streams: Awaited<ReturnType<typeof openStream>>[] = [];
    for (let n = 0; n < limit; n++) {
      streams.push(await openStream(program.id));
      await until(() => hub.subscriberCount === base + 1 + streams.length);
    }
    await new Promise((r) => setTimeout(r, 50));
    expect(streams.some((stream) => stream.ended)).toBe(false);

    const fifth = await openStream(program.id);
    await until(() => streams[0]!.ended);
    expect(hub.subscriberCount).toBe(base + 1 + limit);
    expect(streams.slice(1).some((stream) => stream.ended)).toBe(false);
    expect(theirs.ended).toBe(false);

    // The survivors still stream; the closed one hears nothing more.
    const marker = await sendMarker(enrollment.id, program.id);
    for (const open of [...streams.slice(1), fifth]) {
      await until(() => open.text.includes(marker.conversionId));
    }
    expect(streams[0]!.text).not.toContain(marker.conversionId);

    for (const open of [...streams, fifth, theirs]) open.abort();
    await until(() => hub.subscriberCount === base);
  });
});
