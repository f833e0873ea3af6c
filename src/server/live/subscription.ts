import type { LiveEvent } from "~/lib/live-event";

/**
 * One open dashboard's events, waiting to be taken by its stream: an async iterator the hub
 * pushes into. A slow reader must not make the process hold an ever longer queue, so the
 * queue is bounded: new clicks are added to the clicks event still waiting (the dashboard only
 * shows how many came), and past `limit` the oldest events are dropped. Ending (return(),
 * end()) settles a pending next() at once, so a closed stream never waits for one more event.
 */
export class LiveSubscription implements AsyncIterableIterator<LiveEvent> {
  private queue: LiveEvent[] = [];
  private waiting: ((result: IteratorResult<LiveEvent>) => void)[] = [];
  private ended = false;
  dropped = 0;

  constructor(
    private readonly limit: number,
    private readonly onEnd: () => void,
  ) {}

  get isEnded(): boolean {
    return this.ended;
  }

  deliver(event: LiveEvent): void {
    if (this.ended) return;
    const reader = this.waiting.shift();
    if (reader) return reader({ done: false, value: event });
    if (event.kind === "clicks") {
      const pending = this.queue.find(
        (queued): queued is Extract<LiveEvent, { kind: "clicks" }> =>
          queued.kind === "clicks" && queued.enrollmentId === event.enrollmentId,
      );
      if (pending) {
        pending.clicks += event.clicks;
        pending.uniqueClicks += event.uniqueClicks;
        if (Date.parse(event.at) > Date.parse(pending.at)) pending.at = event.at;
        return;
      }
    }
    this.queue.push(event.kind === "clicks" ? { ...event } : event);
    while (this.queue.length > this.limit) {
      this.queue.shift();
      this.dropped++;
    }
  }

  next(): Promise<IteratorResult<LiveEvent>> {
    const event = this.queue.shift();
    if (event) return Promise.resolve({ done: false, value: event });
    if (this.ended) return Promise.resolve({ done: true, value: undefined });
    return new Promise((resolve) => this.waiting.push(resolve));
  }

  return(): Promise<IteratorResult<LiveEvent>> {
    this.end();
    return Promise.resolve({ done: true, value: undefined });
  }

  /** Stops the stream: pending reads finish, queued events are discarded. Idempotent. */
  end(): void {
    if (this.ended) return;
    this.ended = true;
    this.queue = [];
    for (const reader of this.waiting.splice(0)) reader({ done: true, value: undefined });
    this.onEnd();
  }

  [Symbol.asyncIterator](): this {
    return this;
  }
}
