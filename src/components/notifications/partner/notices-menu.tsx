"use client";

import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useFormatter, useTranslations } from "next-intl";
import Link from "next/link";
import { useEffect, useId, useRef, useState } from "react";
import { useTRPC } from "~/lib/trpc/client";
import { useRewardNoticeText } from "~/components/rewards/partner/use-reward-notice-text";
import { noticeTarget } from "./notice-target";

const LATEST = 8;
const CAP = 100;

/**
 * The portal's notices: a button with the unread count that opens the latest notices. A
 * disclosure, not a menu (its content has links and a button): Escape or a click outside
 * closes it and focus returns to the button. Following a notice marks it read.
 */
export function NoticesMenu({ initialUnread }: { initialUnread: number }) {
  const t = useTranslations("notices");
  const rewardText = useRewardNoticeText();
  const tAcademy = useTranslations("academy.notices");
  const tWebinars = useTranslations("webinars.notices");
  const format = useFormatter();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const [open, setOpen] = useState(false);
  const root = useRef<HTMLDivElement>(null);
  const button = useRef<HTMLButtonElement>(null);
  const panelId = useId();

  const unread = useQuery(
    trpc.partner.notifications.unreadCount.queryOptions(undefined, {
      initialData: initialUnread,
      refetchInterval: 60_000,
    }),
  );
  const latest = useQuery(
    trpc.partner.notifications.list.queryOptions({ limit: LATEST }, { enabled: open }),
  );
  const refresh = () =>
    queryClient.invalidateQueries({ queryKey: trpc.partner.notifications.pathKey() });
  const markRead = useMutation(
    trpc.partner.notifications.markRead.mutationOptions({ onSuccess: refresh }),
  );
  const markAll = useMutation(
    trpc.partner.notifications.markAllRead.mutationOptions({ onSuccess: refresh }),
  );

  useEffect(() => {
    if (!open) return;
    const onKey = (event: KeyboardEvent) => {
      if (event.key !== "Escape") return;
      setOpen(false);
      button.current?.focus();
    };
    const onPointer = (event: PointerEvent) => {
      if (!root.current?.contains(event.target as Node)) setOpen(false);
    };
    document.addEventListener("keydown", onKey);
    document.addEventListener("pointerdown", onPointer);
    return () => {
      document.removeEventListener("keydown", onKey);
      document.removeEventListener("pointerdown", onPointer);
    };
  }, [open]);

  const count = unread.data ?? 0;
  const badge = count >= CAP ? "99+" : String(count);
  return (
    <div ref={root} className="relative">
      <button
        ref={button}
        type="button"
        aria-expanded={open}
        aria-controls={panelId}
        aria-label={count > 0 ? t("buttonUnread", { count: badge }) : t("button")}
        onClick={() => setOpen((value) => !value)}
        className="relative inline-flex min-h-10 min-w-10 items-center justify-center gap-1 rounded-md border border-zinc-300 bg-white px-2 text-sm text-zinc-800 hover:bg-zinc-50"
        data-testid="notices-button"
      >
        <svg aria-hidden="true" viewBox="0 0 24 24" className="h-5 w-5" fill="none">
          <path
            d="M6 8a6 6 0 1 1 12 0c0 7 3 9 3 9H3s3-2 3-9M10.3 21a1.94 1.94 0 0 0 3.4 0"
            stroke="currentColor"
            strokeWidth="2"
            strokeLinecap="round"
            strokeLinejoin="round"
          />
        </svg>
        {count > 0 && (
          <span
            aria-hidden="true"
            className="rounded-full bg-red-700 px-1.5 text-xs font-semibold leading-5 text-white"
          >
            {badge}
          </span>
        )}
      </button>
      <div
        id={panelId}
        hidden={!open}
        className="absolute right-0 z-20 mt-2 w-[min(22rem,calc(100vw-2rem))] rounded-lg border border-zinc-200 bg-white shadow-lg"
      >
        <div className="flex items-center justify-between gap-3 border-b border-zinc-100 px-4 py-3">
          <h2 className="text-sm font-semibold">{t("title")}</h2>
          {count > 0 && (
            <button
              type="button"
              className="text-xs text-brand-700 underline"
              disabled={markAll.isPending}
              onClick={() => markAll.mutate()}
            >
              {t("markAll")}
            </button>
          )}
        </div>
        {latest.isPending && open && <p className="px-4 py-3 text-sm">{t("loading")}</p>}
        {latest.error && (
          <p role="alert" className="px-4 py-3 text-sm text-red-700">
            {latest.error.message}
          </p>
        )}
        {latest.data && latest.data.items.length === 0 && (
          <p className="px-4 py-3 text-sm text-zinc-600">{t("empty")}</p>
        )}
        {latest.data && latest.data.items.length > 0 && (
          <ul className="max-h-96 divide-y divide-zinc-100 overflow-y-auto">
            {latest.data.items.map((notice) => {
              const target = noticeTarget(notice);
              return (
                <li key={notice.id} className="px-4 py-3 text-sm" data-testid="notice">
                  <p className={notice.read ? "text-zinc-700" : "font-semibold text-zinc-900"}>
                    {!notice.read && <span className="sr-only">{t("unread")} </span>}
                    {target.kind === "creative"
                      ? t("creativeCreated", { name: target.name })
                      : target.kind === "courseCompleted"
                        ? tAcademy("courseCompleted", { title: target.title })
                        : target.kind === "contestStarted" ||
                            target.kind === "contestMilestone" ||
                            target.kind === "contestFinal"
                          ? t(target.kind, { name: target.name, label: target.label })
                          : target.kind === "webinar"
                            ? tWebinars(target.event, { title: target.title })
                            : target.kind === "reward"
                              ? rewardText(target.view)
                              : target.kind === "announcement"
                                ? t("announcement", { title: target.title })
                                : t("generic")}
                  </p>
                  <p className="mt-1 flex flex-wrap items-center gap-x-3 text-xs text-zinc-600">
                    <time dateTime={notice.createdAt.toISOString()}>
                      {format.relativeTime(notice.createdAt, new Date(latest.dataUpdatedAt))}
                    </time>
                    {notice.program && <span>{notice.program.name}</span>}
                    {target.href && (
                      <Link
                        href={target.href}
                        className="text-brand-700 underline"
                        onClick={() => {
                          setOpen(false);
                          if (!notice.read) markRead.mutate({ ids: [notice.id] });
                        }}
                      >
                        {t("view")}
                      </Link>
                    )}
                  </p>
                </li>
              );
            })}
          </ul>
        )}
      </div>
    </div>
  );
}
