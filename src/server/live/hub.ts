import postgres, { type Sql } from "postgres";
import { env } from "~/env";
import { OwnerStreams } from "./owner-streams";
import { decodeNotice, LIVE_CHANNEL } from "./payload";
import { LiveSubscription } from "./subscription";

export type LiveHubOptions = {
  url: string;
  channel?: string;
  /** Events an open dashboard may have waiting before the oldest are dropped. */
  queueLimit?: number;
  /** Streams one user may hold open here; their next one ends their oldest. Unlimited if unset. */
  streamsPerUser?: number;
  /** Wait before listening again after a lost connection, doubling up to maxMs. */
  retry?: { firstMs: number; maxMs: number };
  log?: (message: string) => void;
  /** How the connection shows in pg_stat_activity. */
  applicationName?: string;
};

/**
 * A web process's ear on the live channel: ONE dedicated connection (LISTEN), opened on the
 * first subscription, that fans each notice out in memory to this process's own open
 * dashboards, keyed by enrollment. Every process hears every notice; each delivers only to the
 * partners connected to it, so web processes can be multiplied without coordination.
 *
 * A lost connection is listened again with backoff. Events sent meanwhile are not replayed:
 * dashboards read their figures from the rollups, the stream only makes them move sooner.
 */
export class LiveHub {
  private client: Sql | null = null;
  private readonly byEnrollment = new Map<string, Set<LiveSubscription>>();
  private readonly byUser: OwnerStreams<LiveSubscription>;
  private listening: Promise<void> | null = null;
  private retryTimer: NodeJS.Timeout | null = null;
  private failures = 0;
  private closed = false;
  readonly stats = { notices: 0, delivered: 0, malformed: 0, reconnects: 0 };

  constructor(private readonly options: LiveHubOptions) {
    this.byUser = new OwnerStreams(options.streamsPerUser ?? Number.POSITIVE_INFINITY);
  }

  /**
   * The live events of one enrollment, until `signal` aborts or the iterator is returned. The
   * caller must have checked that the enrollment is the viewer's own, `userId`; that user's
   * oldest stream ends if this one is more than streamsPerUser.
   */
  subscribe(enrollmentId: string, signal?: AbortSignal, userId?: string): LiveSubscription {
    if (this.closed) throw new Error("The live hub is closed.");
    let subscribers = this.byEnrollment.get(enrollmentId);
    if (!subscribers) this.byEnrollment.set(enrollmentId, (subscribers = new Set()));
    const stop = () => subscription.end();
    const subscription = new LiveSubscription(this.options.queueLimit ?? 100, () => {
      signal?.removeEventListener("abort", stop);
      subscribers.delete(subscription);
      if (userId !== undefined) this.byUser.release(userId, subscription);
      if (subscribers.size === 0 && this.byEnrollment.get(enrollmentId) === subscribers) {
        this.byEnrollment.delete(enrollmentId);
      }
    });
    subscribers.add(subscription);
    if (signal?.aborted) subscription.end();
    else {
      signal?.addEventListener("abort", stop, { once: true });
      if (userId !== undefined) this.byUser.admit(userId, subscription);
    }
    // Failures are retried by ensureListening itself.
    this.ensureListening().catch(() => undefined);
    return subscription;
  }

  /** Resolves once the hub listens (starting it if needed): notices sent after are heard. */
  ready(): Promise<void> {
    return this.ensureListening();
  }

  /** Open dashboards on this process (for tests and the bench). */
  get subscriberCount(): number {
    let count = 0;
    for (const subscribers of this.byEnrollment.values()) count += subscribers.size;
    return count;
  }

  async close(): Promise<void> {
    this.closed = true;
    if (this.retryTimer) clearTimeout(this.retryTimer);
    for (const subscribers of [...this.byEnrollment.values()]) {
      for (const subscription of [...subscribers]) subscription.end();
    }
    await this.client?.end({ timeout: 1 });
  }

  private ensureListening(): Promise<void> {
    if (this.closed) return Promise.reject(new Error("The live hub is closed."));
    if (this.listening) return this.listening;
    const attempt = this.listen();
    this.listening = attempt;
    attempt.then(
      () => {
        this.failures = 0;
      },
      (error: unknown) => {
        if (this.listening === attempt) this.listening = null;
        this.options.log?.(`[rally live] cannot listen: ${(error as Error).message ?? error}`);
        this.scheduleRetry();
      },
    );
    return attempt;
  }

  private async listen(): Promise<void> {
    // The options sql.listen() itself is built on (postgres.js 3; not in its typings): with
    // onclose the hub knows its LISTEN is gone and listens again, where sql.listen() gives up
    // silently when its one reconnect attempt fails. The integration tests cover both hooks.
    const hooks: object = {
      onnotify: (_channel: string, payload: string) => this.dispatch(payload),
      onclose: () => this.lost(),
    };
    this.client ??= postgres(this.options.url, {
      max: 1,
      // A listening connection must stay open: no idle or lifetime limit.
      idle_timeout: 0,
      max_lifetime: null,
      fetch_types: false,
      connection: { application_name: this.options.applicationName ?? "rally-live" },
      onnotice: () => {},
      ...hooks,
    });
    const channel = this.options.channel ?? LIVE_CHANNEL;
    await this.client.unsafe(`listen "${channel.replace(/"/g, '""')}"`);
  }

  /** The connection closed: its LISTEN is gone with it. */
  private lost(): void {
    if (this.closed) return;
    this.listening = null;
    this.stats.reconnects++;
    this.scheduleRetry();
  }

  private scheduleRetry(): void {
    if (this.closed || this.retryTimer) return;
    const { firstMs, maxMs } = this.options.retry ?? { firstMs: 250, maxMs: 10_000 };
    const wait = Math.min(maxMs, firstMs * 2 ** this.failures++);
    this.retryTimer = setTimeout(() => {
      this.retryTimer = null;
      this.ensureListening().catch(() => undefined);
    }, wait);
    this.retryTimer.unref();
  }

  private dispatch(payload: string): void {
    this.stats.notices++;
    const { events, malformed } = decodeNotice(payload, (id) => this.byEnrollment.has(id));
    if (malformed) this.stats.malformed++;
    for (const event of events) {
      for (const subscription of this.byEnrollment.get(event.enrollmentId) ?? []) {
        subscription.deliver(event);
        this.stats.delivered++;
      }
    }
  }
}

const globalForLive = globalThis as unknown as { rallyLiveHub?: LiveHub };

/** The process's hub, from DATABASE_URL; its connection opens on the first subscription. */
export function getLiveHub(): LiveHub {
  if (!globalForLive.rallyLiveHub) {
    const url = env().DATABASE_URL;
    if (!url)
      throw new Error("DATABASE_URL is not set: start Rally with `npm run demo` or set it.");
    globalForLive.rallyLiveHub = new LiveHub({
      url,
      streamsPerUser: env().LIVE_STREAMS_PER_USER,
      log: (message) => console.error(message),
    });
  }
  return globalForLive.rallyLiveHub;
}
