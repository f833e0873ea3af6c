import { liveConnectionClosed, liveConnectionOpened } from "~/server/observability/counts";

/** Anything that can be stopped: a live subscription, in tests a stand-in. */
export type Stoppable = { end(): void };

/**
 * The live streams each user holds open on this process, oldest first. Admitting one past
 * `limit` ends that user's oldest: a user with a new tab keeps working, while a script (or a
 * pile of forgotten tabs) cannot hold an unbounded number of connections and queues.
 */
export class OwnerStreams<S extends Stoppable = Stoppable> {
  private readonly byOwner = new Map<string, S[]>();

  constructor(private readonly limit: number) {}

  admit(owner: string, stream: S): void {
    let open = this.byOwner.get(owner);
    if (!open) this.byOwner.set(owner, (open = []));
    open.push(stream);
    liveConnectionOpened();
    while (open.length > this.limit) {
      liveConnectionClosed();
      open.shift()!.end();
    }
  }

  /** A stream that ended on its own (disconnect, abort): it no longer counts. */
  release(owner: string, stream: S): void {
    const open = this.byOwner.get(owner);
    const index = open?.indexOf(stream) ?? -1;
    if (!open || index < 0) return;
    open.splice(index, 1);
    liveConnectionClosed();
    if (open.length === 0) this.byOwner.delete(owner);
  }

  count(owner: string): number {
    return this.byOwner.get(owner)?.length ?? 0;
  }
}
