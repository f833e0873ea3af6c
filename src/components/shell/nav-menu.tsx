"use client";

import Link from "next/link";
import { usePathname } from "next/navigation";
import { useEffect, useId, useRef, useState, type ReactNode } from "react";
import { cn } from "~/lib/cn";
import { currentNavItem, navGroupItems, type NavGroup } from "./nav-items";

/**
 * Classes per layout. "tabs": a row of tabs from 768 px (md), a menu below; "sidebar": a
 * column of grouped links from 1024 px (lg), a menu below. Written out in full so Tailwind
 * finds every class.
 */
const layouts = {
  tabs: {
    toggle: "md:hidden",
    panelClosed: "hidden md:block",
    panel:
      "mt-2 rounded-lg border border-zinc-200 bg-white p-2 md:mt-0 md:rounded-none md:border-0 md:bg-transparent md:p-0",
    groups: "md:flex md:flex-wrap md:gap-x-4",
    groupLabel: "md:sr-only",
    list: "md:flex md:flex-wrap md:gap-1",
    link: "whitespace-nowrap md:rounded-none md:border-b-2 md:px-3 md:py-2",
    linkActive: "md:border-brand-600 md:bg-transparent",
    linkIdle: "md:border-transparent md:hover:bg-transparent",
    extra: "md:hidden",
  },
  sidebar: {
    toggle: "lg:hidden",
    panelClosed: "hidden lg:block",
    panel:
      "mt-2 rounded-lg border border-zinc-200 bg-white p-2 lg:mt-0 lg:border-0 lg:bg-transparent lg:p-0",
    groups: "space-y-3",
    groupLabel: "",
    list: "",
    link: "lg:py-1.5",
    linkActive: "",
    linkIdle: "",
    extra: "lg:hidden",
  },
} as const;

/**
 * The navigation of a signed-in area, one component for both: on a wide screen every link is
 * shown (a row of tabs or a grouped sidebar); on a narrow one a single button names the current
 * page and discloses the grouped list (WAI disclosure pattern: the list follows the button, so
 * Tab walks into it; Escape closes it and returns focus to the button; choosing a page closes
 * it). The same <nav> serves both widths, so there is one landmark and one set of links.
 */
export function NavMenu(props: {
  groups: NavGroup[];
  /** The landmark's name ("Main navigation", "Program sections"). */
  label: string;
  /** The word on the button before the current page's name ("Menu", "Sections"). */
  menuLabel: string;
  layout: keyof typeof layouts;
  /** Shown only in the opened menu on a narrow screen: language, account, area switch. */
  extra?: ReactNode;
  className?: string;
}) {
  const pathname = usePathname();
  const classes = layouts[props.layout];
  const current = currentNavItem(navGroupItems(props.groups), pathname);
  const [open, setOpen] = useState(false);
  const [seenPath, setSeenPath] = useState(pathname);
  const button = useRef<HTMLButtonElement>(null);
  const panel = useRef<HTMLDivElement>(null);
  const panelId = useId();

  // A new page closes the menu (state adjusted while rendering, not in an effect).
  if (seenPath !== pathname) {
    setSeenPath(pathname);
    setOpen(false);
  }

  useEffect(() => {
    if (!open) return;
    function onKey(event: KeyboardEvent) {
      if (event.key !== "Escape") return;
      setOpen(false);
      const focused = document.activeElement;
      if (focused === button.current || panel.current?.contains(focused)) button.current?.focus();
    }
    document.addEventListener("keydown", onKey);
    return () => document.removeEventListener("keydown", onKey);
  }, [open]);

  function chose() {
    if (!open) return;
    setOpen(false);
    // The chosen link disappears with the list: keep focus on the button, which now names it.
    button.current?.focus();
  }

  return (
    <div className={props.className}>
      <button
        ref={button}
        type="button"
        aria-expanded={open}
        aria-controls={panelId}
        data-nav-toggle=""
        onClick={() => setOpen((value) => !value)}
        className={cn(
          "flex min-h-10 w-full items-center justify-between gap-2 rounded-md border border-zinc-300 bg-white px-3 py-2 text-left text-sm text-zinc-900 hover:bg-zinc-50",
          classes.toggle,
        )}
      >
        <span className="flex min-w-0 items-center gap-2">
          <svg aria-hidden="true" viewBox="0 0 24 24" className="size-5 shrink-0" fill="none">
            <path
              d="M4 6h16M4 12h16M4 18h16"
              stroke="currentColor"
              strokeWidth="2"
              strokeLinecap="round"
            />
          </svg>
          <span className="text-zinc-600">{current ? `${props.menuLabel}:` : props.menuLabel}</span>
          {current && <span className="truncate font-medium">{current.label}</span>}
        </span>
        <svg
          aria-hidden="true"
          viewBox="0 0 24 24"
          className={cn("size-4 shrink-0 transition-transform", open && "rotate-180")}
          fill="none"
        >
          <path
            d="m6 9 6 6 6-6"
            stroke="currentColor"
            strokeWidth="2"
            strokeLinecap="round"
            strokeLinejoin="round"
          />
        </svg>
      </button>
      <div
        ref={panel}
        id={panelId}
        className={cn(classes.panel, open ? "block" : classes.panelClosed)}
      >
        <nav aria-label={props.label}>
          <div className={classes.groups}>
            {props.groups.map((group, index) => {
              const labelId = `${panelId}-group-${index}`;
              return (
                <div key={group.label ?? index}>
                  {group.label && (
                    <p
                      id={labelId}
                      className={cn(
                        "px-3 pb-1 pt-2 text-xs font-semibold uppercase tracking-wide text-zinc-600",
                        classes.groupLabel,
                      )}
                    >
                      {group.label}
                    </p>
                  )}
                  <ul aria-labelledby={group.label ? labelId : undefined} className={classes.list}>
                    {group.items.map((item) => {
                      const active = item === current;
                      return (
                        <li key={item.href}>
                          <Link
                            href={item.href}
                            aria-current={active ? "page" : undefined}
                            onClick={chose}
                            className={cn(
                              "block rounded-md px-3 py-2 text-sm",
                              classes.link,
                              active
                                ? cn("bg-brand-50 font-medium text-brand-700", classes.linkActive)
                                : cn(
                                    "text-zinc-700 hover:bg-zinc-100 hover:text-zinc-900",
                                    classes.linkIdle,
                                  ),
                            )}
                          >
                            {item.label}
                          </Link>
                        </li>
                      );
                    })}
                  </ul>
                </div>
              );
            })}
          </div>
        </nav>
        {props.extra && (
          <div
            className={cn(
              "mt-2 space-y-3 border-t border-zinc-200 px-3 pb-1 pt-3 text-sm",
              classes.extra,
            )}
          >
            {props.extra}
          </div>
        )}
      </div>
    </div>
  );
}
