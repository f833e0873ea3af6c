"use client";

import { useTranslations } from "next-intl";

export type AttachmentOption = { id: string; name: string; kind: string };

/**
 * Creatives from the library to offer beside the lesson. The page passes the first page of
 * active creatives plus whatever is already attached, so the list stays bounded.
 */
export function AttachmentPicker(props: {
  options: AttachmentOption[];
  selected: string[];
  onChange: (ids: string[]) => void;
}) {
  const t = useTranslations("academyUi.editor.attachments");
  const chosen = new Set(props.selected);
  return (
    <fieldset className="space-y-2">
      <legend className="text-sm font-medium text-zinc-800">{t("legend")}</legend>
      {props.options.length === 0 ? (
        <p className="text-sm text-zinc-600">{t("none")}</p>
      ) : (
        <ul className="max-h-60 space-y-1 overflow-y-auto rounded-md border border-zinc-200 p-2">
          {props.options.map((option) => (
            <li key={option.id}>
              <label className="flex items-center gap-2 text-sm text-zinc-800">
                <input
                  type="checkbox"
                  className="size-4"
                  checked={chosen.has(option.id)}
                  onChange={(event) =>
                    props.onChange(
                      event.target.checked
                        ? [...props.selected, option.id]
                        : props.selected.filter((id) => id !== option.id),
                    )
                  }
                />
                <span>{option.name}</span>
                <span className="text-xs text-zinc-600">({option.kind})</span>
              </label>
            </li>
          ))}
        </ul>
      )}
      <p className="text-xs text-zinc-600">{t("hint")}</p>
    </fieldset>
  );
}
