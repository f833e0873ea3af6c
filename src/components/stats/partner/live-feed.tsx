"use client";

import { useFormatter, useLocale, useTranslations } from "next-intl";
import { useCallback, useRef, useState } from "react";
import { Card } from "~/components/ui/card";
import { cn } from "~/lib/cn";
import type { LiveEvent } from "~/lib/live-event";
import { formatMoney } from "~/lib/money";
import { addToFeed, type FeedItem } from "./live-feed-items";
import { useLiveEvents } from "./use-live-events";

/**
 * The partner's own clicks and conversions as they happen, newest first, pushed by the server.
 * The list is a polite live region: screen readers read new lines without losing their place.
 */
export function LiveFeed(props: { programId: string; currency: string }) {
  const t = useTranslations("live");
  const [items, setItems] = useState<FeedItem[]>([]);
  const nextId = useRef(0);
  const onEvent = useCallback((event: LiveEvent) => {
    const id = nextId.current++;
    const now = Date.now();
    setItems((current) => addToFeed(current, event, now, id));
  }, []);
  const { connected } = useLiveEvents(props.programId, onEvent);
  // Stored from an earlier render (React's pattern for it): before the first connection the
  // indicator says "connecting", after a loss "reconnecting".
  const [wasConnected, setWasConnected] = useState(false);
  if (connected && !wasConnected) setWasConnected(true);

  return (
    <Card className="p-4 sm:p-5">
      <div className="flex flex-wrap items-center justify-between gap-2">
        <h2 className="text-base font-semibold text-zinc-900">{t("title")}</h2>
        <span
          data-testid="live-status"
          data-connected={connected}
          className={cn(
            "inline-flex items-center gap-1.5 rounded-full px-2.5 py-0.5 text-xs font-medium",
            connected ? "bg-green-100 text-green-800" : "bg-amber-100 text-amber-900",
          )}
        >
          <span
            aria-hidden="true"
            className={cn(
              "h-2 w-2 rounded-full",
              connected ? "animate-pulse bg-green-600" : "bg-amber-600",
            )}
          />
          {connected ? t("live") : wasConnected ? t("reconnecting") : t("connecting")}
        </span>
      </div>
      {items.length === 0 && <p className="mt-3 text-sm text-zinc-600">{t("waiting")}</p>}
      <ol
        aria-live="polite"
        aria-label={t("listLabel")}
        data-testid="live-feed"
        className="mt-3 divide-y divide-zinc-100"
      >
        {items.map((item) => (
          <FeedLine key={item.id} event={item.event} currency={props.currency} />
        ))}
      </ol>
    </Card>
  );
}

function FeedLine({ event, currency }: { event: LiveEvent; currency: string }) {
  const t = useTranslations("live");
  const format = useFormatter();
  const locale = useLocale();
  const at = new Date(event.at);
  // Events only ever arrive in the browser, so its clock and time zone are the reader's.
  const timeZone = Intl.DateTimeFormat().resolvedOptions().timeZone;
  const today = at.toDateString() === new Date().toDateString();
  const time = format.dateTime(
    at,
    today
      ? { timeStyle: "medium", timeZone }
      : { dateStyle: "short", timeStyle: "short", timeZone },
  );
  return (
    <li data-testid="live-feed-item" className="flex flex-wrap items-baseline gap-x-3 py-2 text-sm">
      <time dateTime={event.at} className="shrink-0 tabular-nums text-zinc-600">
        {time}
      </time>
      <span className="min-w-0 text-zinc-900">{describe(event, t, locale, currency)}</span>
    </li>
  );
}

type T = ReturnType<typeof useTranslations<"live">>;

function describe(event: LiveEvent, t: T, locale: string, currency: string): string {
  if (event.kind === "clicks") {
    const clicks = t("clicks", { count: event.clicks });
    return event.uniqueClicks > 0 && event.uniqueClicks < event.clicks
      ? `${clicks} (${t("unique", { count: event.uniqueClicks })})`
      : clicks;
  }
  const type = event.type;
  if (event.status === "cleared") return t("reviewCleared", { type });
  if (event.status === "rejected") return t("reviewRejected", { type });
  const status =
    event.status === "flagged"
      ? t("status.flagged")
      : event.commission !== undefined
        ? t("status.commissionPending", {
            amount: formatMoney(BigInt(event.commission), currency, locale),
          })
        : t("status.pending");
  return `${t("newConversion", { type })} — ${status}`;
}
