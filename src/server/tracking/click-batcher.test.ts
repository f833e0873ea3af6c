import { describe, expect, it } from "vitest";
import { createGroupCommit, createLanes } from "./click-batcher";

class ListBatch {
  readonly items: number[] = [];
  push(item: number) {
    this.items.push(item);
  }
  get size() {
    return this.items.length;
  }
}

/** A writer whose batches finish only when the test says so. */
function controlledWriter() {
  const calls: { items: number[]; finish: (error?: Error) => void }[] = [];
  const write = (batch: ListBatch) =>
    new Promise<void>((resolve, reject) => {
      calls.push({
        items: [...batch.items],
        finish: (error) => (error ? reject(error) : resolve()),
      });
    });
  return { calls, write };
}

const settle = () => new Promise((resolve) => setTimeout(resolve, 5));
const settled = (promise: Promise<void>) => {
  let state: "pending" | "resolved" | "rejected" = "pending";
  promise.then(
    () => (state = "resolved"),
    () => (state = "rejected"),
  );
  return () => state;
};

describe("group commit", () => {
  it("bounded queue: hands full batches to overflow once maxQueued wait, instead of queueing", async () => {
    const { calls, write } = controlledWriter();
    const overflowed: number[][] = [];
    const group = createGroupCommit({
      createBatch: () => new ListBatch(),
      write,
      maxWaitMs: 1000,
      maxSize: 2,
      maxInFlight: 1,
      maxQueued: 2,
      overflow: (batch: ListBatch) => {
        overflowed.push([...batch.items]);
        return Promise.resolve();
      },
    });
    // The first batch is written (and never finishes), two wait, the rest overflow at once.
    const states = Array.from({ length: 10 }, (_, n) => settled(group.add(n)));
    await settle();
    expect(calls.map((call) => call.items)).toEqual([[0, 1]]);
    expect(overflowed).toEqual([
      [6, 7],
      [8, 9],
    ]);
    expect(states.map((state) => state()).slice(6)).toEqual([
      "resolved",
      "resolved",
      "resolved",
      "resolved",
    ]);
    expect(group.stats.overflowed).toBe(2);
    calls[0]!.finish();
    await settle();
    calls[1]!.finish();
    await settle();
    calls[2]!.finish();
    await group.drain();
    expect(states.map((state) => state()).every((state) => state === "resolved")).toBe(true);
  });

  it("writes what arrived within the wait as one batch and resolves after the write", async () => {
    const { calls, write } = controlledWriter();
    const group = createGroupCommit({
      createBatch: () => new ListBatch(),
      write,
      maxWaitMs: 2,
      maxSize: 100,
      maxInFlight: 1,
    });
    const states = [1, 2, 3].map((n) => settled(group.add(n)));
    expect(calls).toHaveLength(0);
    await settle();
    expect(calls.map((call) => call.items)).toEqual([[1, 2, 3]]);
    expect(states.map((state) => state())).toEqual(["pending", "pending", "pending"]);
    calls[0]!.finish();
    await settle();
    expect(states.map((state) => state())).toEqual(["resolved", "resolved", "resolved"]);
    expect(group.stats).toMatchObject({ batches: 1, events: 3, failures: 0 });
  });

  it("writes a full batch at once", async () => {
    const { calls, write } = controlledWriter();
    const group = createGroupCommit({
      createBatch: () => new ListBatch(),
      write,
      maxWaitMs: 10_000,
      maxSize: 2,
      maxInFlight: 4,
    });
    void group.add(1);
    void group.add(2);
    void group.add(3);
    expect(calls.map((call) => call.items)).toEqual([[1, 2]]);
    const drained = group.drain();
    expect(calls.map((call) => call.items)).toEqual([[1, 2], [3]]);
    for (const call of calls) call.finish();
    await drained;
  });

  it("lets the due batch grow while every writer is busy, then writes it whole", async () => {
    const { calls, write } = controlledWriter();
    const group = createGroupCommit({
      createBatch: () => new ListBatch(),
      write,
      maxWaitMs: 0,
      maxSize: 100,
      maxInFlight: 1,
    });
    void group.add(1);
    await settle();
    for (const n of [2, 3]) void group.add(n);
    await settle();
    void group.add(4);
    await settle();
    expect(calls.map((call) => call.items)).toEqual([[1]]);
    calls[0]!.finish();
    await settle();
    expect(calls.map((call) => call.items)).toEqual([[1], [2, 3, 4]]);
    calls[1]!.finish();
  });

  it("never has more than maxInFlight writes at once", async () => {
    const { calls, write } = controlledWriter();
    const group = createGroupCommit({
      createBatch: () => new ListBatch(),
      write,
      maxWaitMs: 0,
      maxSize: 1,
      maxInFlight: 2,
    });
    for (const n of [1, 2, 3, 4]) void group.add(n);
    expect(calls).toHaveLength(2);
    calls[0]!.finish();
    await settle();
    expect(calls).toHaveLength(3);
    expect(calls.map((call) => call.items)).toEqual([[1], [2], [3]]);
  });

  it("rejects every event of a failed batch, and only those", async () => {
    const { calls, write } = controlledWriter();
    const group = createGroupCommit({
      createBatch: () => new ListBatch(),
      write,
      maxWaitMs: 0,
      maxSize: 2,
      maxInFlight: 2,
    });
    const first = [group.add(1), group.add(2)];
    const second = group.add(3);
    await settle();
    calls[0]!.finish(new Error("disk full"));
    calls[1]!.finish();
    await expect(first[0]).rejects.toThrow("disk full");
    await expect(first[1]).rejects.toThrow("disk full");
    await expect(second).resolves.toBeUndefined();
    expect(group.stats.failures).toBe(1);
  });

  it("treats a writer that throws synchronously as a failed batch", async () => {
    const group = createGroupCommit({
      createBatch: () => new ListBatch(),
      write: () => {
        throw new Error("bad batch");
      },
      maxWaitMs: 0,
      maxSize: 10,
      maxInFlight: 1,
    });
    await expect(group.add(1)).rejects.toThrow("bad batch");
  });

  it("drain writes the waiting batch at once and resolves when everything is written", async () => {
    const { calls, write } = controlledWriter();
    const group = createGroupCommit({
      createBatch: () => new ListBatch(),
      write,
      maxWaitMs: 60_000,
      maxSize: 100,
      maxInFlight: 1,
    });
    const event = settled(group.add(1));
    const drained = settled(group.drain());
    expect(calls.map((call) => call.items)).toEqual([[1]]);
    await settle();
    expect(drained()).toBe("pending");
    calls[0]!.finish();
    await settle();
    expect(event()).toBe("resolved");
    expect(drained()).toBe("resolved");
    await expect(group.drain()).resolves.toBeUndefined();
  });
});

describe("lanes", () => {
  it("routes each event to its lane and drains and counts them all", async () => {
    const written: number[][] = [];
    const lane = () =>
      createGroupCommit({
        createBatch: () => new ListBatch(),
        write: async (batch: ListBatch) => {
          written.push([...batch.items]);
        },
        maxWaitMs: 60_000,
        maxSize: 100,
        maxInFlight: 1,
      });
    const lanes = createLanes([lane(), lane()], (n: number) => n);
    const all = [1, 2, 3, 4, 5].map((n) => lanes.add(n));
    await lanes.drain();
    await Promise.all(all);
    expect(written.sort((a, b) => a[0]! - b[0]!)).toEqual([
      [1, 3, 5],
      [2, 4],
    ]);
    expect(lanes.stats).toEqual({ batches: 2, events: 5, failures: 0, overflowed: 0 });
  });
});
