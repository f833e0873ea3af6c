/**
 * partner.live.events: who may watch (only the partner's own approved enrollment), and the
 * stream as a browser gets it, Server-Sent Events through the fetch adapter the Next.js route
 * uses, fed by the process's hub.
 */
import { fetchRequestHandler } from "@trpc/server/adapters/fetch";
import superjson from "superjson";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { inject } from "vitest";
import { appRouter, createCaller } from "~/server/api/root";
import { getLiveHub } from "~/server/live/hub";
import { db } from "../../support/db";
import { callerFor, makePartner, makeProgram, makeUser } from "../../support/factories";
import { sendMarker, take } from "./fixtures";

beforeAll(() => {
  // getLiveHub() opens its LISTEN connection on the database named here, as a web process does.
  process.env.DATABASE_URL = inject("databaseUrl");
});
afterAll(() => getLiveHub().close());

const until = async (condition: () => boolean) => {
  for (let n = 0; n < 200 && !condition(); n++) await new Promise((r) => setTimeout(r, 10));
  expect(condition()).toBe(true);
};

describe("partner.live.events", () => {
  it("refuses strangers, other programs' partners and partners not approved", async () => {
    const { program, manager } = await makeProgram();
    const other = await makeProgram();
    const foreign = await makePartner(other.program.id);
    const suspended = await makePartner(program.id, { status: "suspended" });
    const stranger = await makeUser();
    const input = { programId: program.id };

    await expect(callerFor(null).partner.live.events(input)).rejects.toMatchObject({
      code: "UNAUTHORIZED",
    });
    await expect(callerFor(stranger.id).partner.live.events(input)).rejects.toMatchObject({
      code: "NOT_FOUND",
    });
    await expect(callerFor(foreign.user.id).partner.live.events(input)).rejects.toMatchObject({
      code: "NOT_FOUND",
    });
    // A manager of the program is not a partner in it.
    await expect(callerFor(manager.id).partner.live.events(input)).rejects.toMatchObject({
      code: "NOT_FOUND",
    });
    await expect(callerFor(suspended.user.id).partner.live.events(input)).rejects.toMatchObject({
      code: "FORBIDDEN",
    });
    await expect(
      callerFor(foreign.user.id).partner.live.events({ programId: "not-a-uuid" }),
    ).rejects.toMatchObject({ code: "BAD_REQUEST" });
  });

  it("streams the partner's own events until the signal aborts", async () => {
    const { program } = await makeProgram();
    const { user, enrollment } = await makePartner(program.id);
    const controller = new AbortController();
    const caller = createCaller(
      { db, userId: user.id, locale: "en" },
      { signal: controller.signal },
    );
    const stream = (await caller.partner.live.events({ programId: program.id }))[
      Symbol.asyncIterator
    ]();
    const reading = take(stream);
    const hub = getLiveHub();
    await hub.ready();
    const marker = await sendMarker(enrollment.id, program.id);
    expect(await reading).toEqual(marker);

    const before = hub.subscriberCount;
    controller.abort();
    await until(() => hub.subscriberCount === before - 1);
  });

  it("serves the stream as Server-Sent Events over the fetch adapter, and a stranger an error", async () => {
    const { program } = await makeProgram();
    const { user, enrollment } = await makePartner(program.id);
    const stranger = await makeUser();
    const hub = getLiveHub();
    const url = `http://localhost/api/trpc/partner.live.events?input=${encodeURIComponent(
      JSON.stringify(superjson.serialize({ programId: program.id })),
    )}`;
    const handle = (userId: string, signal?: AbortSignal) =>
      fetchRequestHandler({
        endpoint: "/api/trpc",
        req: new Request(url, { signal, headers: { accept: "text/event-stream" } }),
        router: appRouter,
        createContext: () => ({ db, userId, locale: "en" as const }),
      });

    const refused = await handle(stranger.id);
    // The error travels as an event of the stream, which then closes.
    const refusal = await refused.text();
    expect(refusal).toContain("event: serialized-error");
    expect(refusal).toContain('"code":"NOT_FOUND"');
    expect(refusal).not.toContain(enrollment.id);

    const controller = new AbortController();
    const before = hub.subscriberCount;
    const response = await handle(user.id, controller.signal);
    expect(response.headers.get("content-type")).toBe("text/event-stream");
    const reader = response.body!.pipeThrough(new TextDecoderStream()).getReader();
    let text = "";
    const reading = (async () => {
      for (;;) {
        const { value, done } = await reader.read();
        if (done) return;
        text += value;
      }
    })();
    await until(() => hub.subscriberCount === before + 1);
    const marker = await sendMarker(enrollment.id, program.id);
    await until(() => text.includes(marker.conversionId));
    const data = text
      .split("\n")
      .filter((line) => line.startsWith("data: ") && line.includes(marker.conversionId))
      .map((line) => superjson.deserialize(JSON.parse(line.slice(6)) as never));
    expect(data).toEqual([marker]);

    controller.abort();
    await reading.catch(() => undefined);
    await until(() => hub.subscriberCount === before);
  });
});
