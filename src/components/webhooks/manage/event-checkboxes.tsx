"use client";

import { useTranslations } from "next-intl";
import type { WebhookEventType } from "~/server/services/webhooks/events";
import { eventKeys } from "./event-names";

/** The events an endpoint receives, each with what it means, as a labelled group. */
export function EventCheckboxes(props: {
  idPrefix: string;
  eventTypes: readonly WebhookEventType[];
  selected: readonly string[];
  error?: string;
  onChange: (selected: string[]) => void;
}) {
  const t = useTranslations("webhooks.events");
  const toggle = (type: string) =>
    props.onChange(
      props.selected.includes(type)
        ? props.selected.filter((item) => item !== type)
        : [...props.selected, type],
    );
  return (
    <fieldset aria-describedby={props.error ? `${props.idPrefix}-error` : undefined}>
      <legend className="text-sm font-medium text-zinc-800">{t("legend")}</legend>
      <div className="mt-2 space-y-2">
        {props.eventTypes.map((type) => (
          <label key={type} className="flex items-start gap-2 text-sm">
            <input
              type="checkbox"
              className="mt-1 size-4"
              checked={props.selected.includes(type)}
              onChange={() => toggle(type)}
            />
            <span>
              <code className="rounded bg-zinc-100 px-1 text-xs">{type}</code>
              <span className="block text-xs text-zinc-600">{t(eventKeys[type])}</span>
            </span>
          </label>
        ))}
      </div>
      {props.error && (
        <p id={`${props.idPrefix}-error`} role="alert" className="mt-1 text-xs text-red-700">
          {props.error}
        </p>
      )}
    </fieldset>
  );
}
