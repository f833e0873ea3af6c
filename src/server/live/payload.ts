import { liveEventSchema, type LiveEvent } from "~/lib/live-event";

/** The one channel every web process listens on; each keeps only its own partners' events. */
export const LIVE_CHANNEL = "rally_live";

/** PostgreSQL refuses a NOTIFY payload of 8000 bytes or more; keep a margin. */
export const MAX_NOTICE_BYTES = 7_800;

/** More than a notice can hold: a payload claiming more is not ours. */
const MAX_EVENTS_PER_NOTICE = 200;

/**
 * Events as NOTIFY payloads: JSON arrays, each under MAX_NOTICE_BYTES, so a large batch costs
 * a few notices rather than one per event.
 */
export function encodeNotices(events: readonly LiveEvent[]): string[] {
  const payloads: string[] = [];
  let parts: string[] = [];
  let bytes = 2;
  for (const event of events) {
    const json = JSON.stringify(event);
    const size = Buffer.byteLength(json) + 1;
    if (parts.length > 0 && bytes + size > MAX_NOTICE_BYTES) {
      payloads.push(`[${parts.join(",")}]`);
      parts = [];
      bytes = 2;
    }
    parts.push(json);
    bytes += size;
  }
  if (parts.length > 0) payloads.push(`[${parts.join(",")}]`);
  return payloads;
}

/**
 * The valid events of a payload (an array of events or a single one) for the partners `wanted`
 * accepts. Anyone who can connect to the database can notify the channel: malformed entries
 * are skipped, never trusted. Every web process hears every partner's events, so the others'
 * are skipped before the (costlier) validation.
 */
export function decodeNotice(
  payload: string,
  wanted: (enrollmentId: string) => boolean = () => true,
): { events: LiveEvent[]; malformed: boolean } {
  let json: unknown;
  try {
    json = JSON.parse(payload);
  } catch {
    return { events: [], malformed: true };
  }
  const items = Array.isArray(json) ? json.slice(0, MAX_EVENTS_PER_NOTICE) : [json];
  const events: LiveEvent[] = [];
  let malformed = false;
  for (const item of items) {
    const enrollmentId = (item as { enrollmentId?: unknown } | null)?.enrollmentId;
    if (typeof enrollmentId !== "string") malformed = true;
    else if (wanted(enrollmentId)) {
      const parsed = liveEventSchema.safeParse(item);
      if (parsed.success) events.push(parsed.data);
      else malformed = true;
    }
  }
  return { events, malformed };
}
