"use client";

import { useId, useRef, useState, type KeyboardEvent, type ReactNode } from "react";
import { cn } from "~/lib/cn";

export type Tab = { key: string; label: string; content: ReactNode };

/**
 * Tabs as the WAI-ARIA pattern has them: one tab stop, arrow keys (and Home/End) move between
 * tabs and show the panel at once. Only the chosen panel is rendered.
 */
export function Tabs(props: { label: string; tabs: Tab[]; className?: string }) {
  const [selected, setSelected] = useState(props.tabs[0]?.key);
  const base = useId();
  const refs = useRef(new Map<string, HTMLButtonElement>());
  const current = props.tabs.find((tab) => tab.key === selected) ?? props.tabs[0];

  const move = (event: KeyboardEvent, index: number) => {
    const last = props.tabs.length - 1;
    const target =
      event.key === "ArrowRight"
        ? index === last
          ? 0
          : index + 1
        : event.key === "ArrowLeft"
          ? index === 0
            ? last
            : index - 1
          : event.key === "Home"
            ? 0
            : event.key === "End"
              ? last
              : null;
    if (target === null) return;
    event.preventDefault();
    const tab = props.tabs[target]!;
    setSelected(tab.key);
    refs.current.get(tab.key)?.focus();
  };

  return (
    <div className={props.className}>
      <div
        role="tablist"
        aria-label={props.label}
        className="flex gap-1 overflow-x-auto border-b border-zinc-200"
      >
        {props.tabs.map((tab, index) => {
          const active = tab.key === current?.key;
          return (
            <button
              key={tab.key}
              ref={(node) => {
                if (node) refs.current.set(tab.key, node);
                else refs.current.delete(tab.key);
              }}
              type="button"
              role="tab"
              id={`${base}-tab-${tab.key}`}
              aria-selected={active}
              aria-controls={`${base}-panel-${tab.key}`}
              tabIndex={active ? 0 : -1}
              onClick={() => setSelected(tab.key)}
              onKeyDown={(event) => move(event, index)}
              className={cn(
                "-mb-px whitespace-nowrap border-b-2 px-3 py-2 text-sm",
                active
                  ? "border-brand-600 font-medium text-brand-700"
                  : "border-transparent text-zinc-600 hover:text-zinc-900",
              )}
            >
              {tab.label}
            </button>
          );
        })}
      </div>
      {current && (
        <div
          role="tabpanel"
          id={`${base}-panel-${current.key}`}
          aria-labelledby={`${base}-tab-${current.key}`}
          tabIndex={0}
          className="pt-4"
        >
          {current.content}
        </div>
      )}
    </div>
  );
}
