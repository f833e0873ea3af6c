"use client";

import { useQueryClient, type QueryKey } from "@tanstack/react-query";
import { useCallback, useEffect, useMemo } from "react";
import type { LiveEvent } from "~/lib/live-event";
import { createThrottle } from "./throttle";
import { useLiveEvents } from "./use-live-events";

/**
 * Refetches the queries under `queryKey` when a live event of the program arrives, at most
 * once per `everyMs` (a burst of clicks costs one refetch), and once when the stream
 * (re)connects: events committed while it was down are not replayed. Shares the page's one
 * stream (useLiveEvents). `enabled` false listens without refetching.
 */
export function useLiveRefresh(
  programId: string,
  queryKey: QueryKey,
  options: { everyMs: number; enabled?: boolean },
) {
  const queryClient = useQueryClient();
  const enabled = options.enabled ?? true;
  // Keys are plain data: compared by value, so a new array each render keeps the throttle.
  const key = JSON.stringify(queryKey);
  const refresh = useMemo(
    () =>
      createThrottle(
        () => void queryClient.invalidateQueries({ queryKey: JSON.parse(key) as QueryKey }),
        options.everyMs,
      ),
    [queryClient, key, options.everyMs],
  );
  useEffect(() => () => refresh.cancel(), [refresh]);
  const onEvent = useCallback(
    (event: LiveEvent) => {
      if (enabled && event.programId === programId) refresh.call();
    },
    [enabled, programId, refresh],
  );
  const { connected } = useLiveEvents(programId, onEvent);
  useEffect(() => {
    if (connected && enabled) refresh.call();
  }, [connected, enabled, refresh]);
}
