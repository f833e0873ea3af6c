"use client";

import { useEffect, useRef, useSyncExternalStore } from "react";
import type { LiveEvent } from "~/lib/live-event";
import { useTRPC } from "~/lib/trpc/client";

/** After an error the server answered (not a dropped connection), try again this much later. */
const RETRY_AFTER_ERROR_MS = 10_000;

type Subscribe = ReturnType<
  ReturnType<typeof useTRPC>["partner"]["live"]["events"]["subscriptionOptions"]
>["subscribe"];

/**
 * One SSE stream per program, shared by every component of the page that listens (the figures
 * and the feed): a browser opens at most six connections to a site, so each hook opening its
 * own would soon starve the page's other requests. Closed shortly after its last listener
 * leaves (the delay spares React's mount-unmount-mount in development a reconnection).
 */
class Stream {
  readonly listeners = new Set<(event: LiveEvent) => void>();
  private readonly watchers = new Set<() => void>();
  connected = false;
  private unsubscribe: (() => void) | null = null;
  private retry: ReturnType<typeof setTimeout> | null = null;
  private closing: ReturnType<typeof setTimeout> | null = null;

  constructor(
    private readonly subscribe: Subscribe,
    private readonly onClosed: () => void,
  ) {}

  add(listener: (event: LiveEvent) => void): () => void {
    this.listeners.add(listener);
    if (this.closing) clearTimeout(this.closing);
    this.closing = null;
    if (!this.unsubscribe && !this.retry) this.open();
    return () => {
      this.listeners.delete(listener);
      if (this.listeners.size === 0) this.closing = setTimeout(() => this.close(), 1_000);
    };
  }

  watch = (onChange: () => void) => {
    this.watchers.add(onChange);
    return () => this.watchers.delete(onChange);
  };

  private open(): void {
    const subscription = this.subscribe({
      onStarted: () => this.setConnected(true),
      onData: (event) => {
        this.setConnected(true);
        for (const listener of this.listeners) listener(event);
      },
      onConnectionStateChange: (state) => {
        if (state.state !== "pending") this.setConnected(false);
      },
      onError: () => {
        // The server ended the stream with an error: the link does not retry those itself.
        this.setConnected(false);
        this.unsubscribe?.();
        this.unsubscribe = null;
        this.retry = setTimeout(() => {
          this.retry = null;
          if (this.listeners.size > 0) this.open();
        }, RETRY_AFTER_ERROR_MS);
      },
    });
    this.unsubscribe = () => subscription.unsubscribe();
  }

  private close(): void {
    if (this.listeners.size > 0) return;
    if (this.retry) clearTimeout(this.retry);
    this.retry = null;
    this.unsubscribe?.();
    this.unsubscribe = null;
    this.setConnected(false);
    this.onClosed();
  }

  private setConnected(connected: boolean): void {
    if (this.connected === connected) return;
    this.connected = connected;
    for (const watcher of this.watchers) watcher();
  }
}

const streams = new Map<string, Stream>();

function streamFor(programId: string, subscribe: Subscribe): Stream {
  let stream = streams.get(programId);
  if (!stream) {
    const created = new Stream(subscribe, () => {
      if (streams.get(programId) === created) streams.delete(programId);
    });
    streams.set(programId, (stream = created));
  }
  return stream;
}

/**
 * The partner's own new clicks and conversions in a program, pushed by the server over SSE
 * (partner.live.events) as they commit. `onEvent` may change between renders without
 * reconnecting. `connected` is false while connecting or reconnecting: events committed
 * meanwhile are not replayed, so a caller showing totals should refetch when it turns true.
 */
export function useLiveEvents(
  programId: string,
  onEvent: (event: LiveEvent) => void,
): { connected: boolean } {
  const trpc = useTRPC();
  const { subscribe } = trpc.partner.live.events.subscriptionOptions({ programId });
  const stream = streamFor(programId, subscribe);
  const handler = useRef(onEvent);
  useEffect(() => {
    handler.current = onEvent;
  }, [onEvent]);
  useEffect(() => stream.add((event) => handler.current(event)), [stream]);
  const connected = useSyncExternalStore(
    stream.watch,
    () => stream.connected,
    () => false,
  );
  return { connected };
}
