"use client";

import { useTranslations } from "next-intl";
import { useEffect, useId, useRef, useState } from "react";
import { buttonClass } from "~/components/ui/button";
import { creativeFileUrl } from "~/lib/creative-urls";
import { textKinds, type CreativeItem } from "./types";

/**
 * A creative at full size in a native modal <dialog>: the browser keeps focus inside it,
 * makes the page behind inert and closes it on Escape; focus then returns to the button that
 * opened it. The content is only rendered while open, so a grid of cards loads no full files.
 */
export function PreviewDialog({ creative }: { creative: CreativeItem }) {
  const t = useTranslations("creatives.partner.preview");
  const dialog = useRef<HTMLDialogElement>(null);
  const opener = useRef<HTMLButtonElement>(null);
  const titleId = useId();
  const [open, setOpen] = useState(false);

  useEffect(() => {
    if (open && dialog.current && !dialog.current.open) dialog.current.showModal();
  }, [open]);

  const close = () => dialog.current?.close();

  return (
    <>
      <button
        ref={opener}
        type="button"
        className={buttonClass("secondary") + " min-h-9 px-3 py-1.5"}
        aria-haspopup="dialog"
        aria-label={t("openNamed", { name: creative.name })}
        onClick={() => setOpen(true)}
      >
        {t("open")}
      </button>
      <dialog
        ref={dialog}
        aria-labelledby={titleId}
        className="m-auto w-[calc(100%-2rem)] max-w-3xl rounded-lg p-0 shadow-xl backdrop:bg-zinc-900/60"
        onClose={() => {
          setOpen(false);
          opener.current?.focus();
        }}
        // A click on the backdrop lands on the <dialog> itself, never on its content.
        onClick={(event) => {
          if (event.target === event.currentTarget) close();
        }}
      >
        {open && (
          <div className="flex max-h-[85vh] flex-col">
            <div className="flex items-start justify-between gap-3 border-b border-zinc-200 p-4">
              <h2 id={titleId} className="break-words text-lg font-semibold">
                {creative.name}
              </h2>
              <button
                type="button"
                className={buttonClass("secondary") + " min-h-9 px-3 py-1.5"}
                onClick={close}
              >
                {t("close")}
              </button>
            </div>
            <div className="space-y-3 overflow-auto p-4">
              {creative.description && (
                <p className="text-sm text-zinc-700">{creative.description}</p>
              )}
              <PreviewBody creative={creative} />
            </div>
          </div>
        )}
      </dialog>
    </>
  );
}

function PreviewBody({ creative }: { creative: CreativeItem }) {
  const t = useTranslations("creatives.partner.preview");
  if (creative.hasFile && creative.mimeType?.startsWith("image/")) {
    return (
      // eslint-disable-next-line @next/next/no-img-element -- our own route, shown at its real size
      <img
        src={creativeFileUrl(creative.id)}
        alt={creative.name}
        width={creative.width ?? undefined}
        height={creative.height ?? undefined}
        className="mx-auto h-auto max-w-full border border-zinc-100"
      />
    );
  }
  if (textKinds.includes(creative.kind)) {
    // Shown as text, never rendered: an email template's HTML is for the partner's mail tool.
    return (
      <pre className="whitespace-pre-wrap break-words rounded bg-zinc-50 p-3 text-sm text-zinc-800">
        {creative.body}
      </pre>
    );
  }
  if (creative.kind === "video" && creative.videoUrl) {
    return (
      <p className="text-sm">
        {t("video")}{" "}
        <a
          href={creative.videoUrl}
          target="_blank"
          rel="noopener noreferrer"
          className="break-all text-brand-700 underline"
        >
          {creative.videoUrl}
        </a>
      </p>
    );
  }
  return (
    <p className="text-sm text-zinc-700">
      {t("file", { name: creative.fileName ?? creative.name, type: creative.mimeType ?? "" })}
    </p>
  );
}
