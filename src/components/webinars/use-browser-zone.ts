"use client";

import { useSyncExternalStore } from "react";

const never = () => () => {};

/**
 * The viewer's IANA time zone, known only in the browser: null while rendering on the server
 * and during hydration (so the markup matches), the zone right after.
 */
export function useBrowserZone(): string | null {
  return useSyncExternalStore(
    never,
    () => Intl.DateTimeFormat().resolvedOptions().timeZone || null,
    () => null,
  );
}

let zones: string[] | undefined;
const noZones: string[] = [];

/**
 * Every IANA zone this browser knows, for the time-zone select. Empty on the server: Node's
 * and the browser's lists differ, and the select must hydrate to the same options.
 */
export function useTimeZones(): string[] {
  return useSyncExternalStore(
    never,
    () => (zones ??= Intl.supportedValuesOf("timeZone")),
    () => noZones,
  );
}
