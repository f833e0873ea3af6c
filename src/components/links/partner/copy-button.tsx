"use client";

import { useTranslations } from "next-intl";
import { useEffect, useState } from "react";
import { Button } from "~/components/ui/button";

/**
 * Copies `text` to the clipboard and says so to screen readers. Where the clipboard is not
 * available (plain http, old browsers) it tells the person to copy by hand.
 */
export function CopyButton(props: { text: string; label: string; className?: string }) {
  const t = useTranslations("links.copy");
  const [state, setState] = useState<"idle" | "copied" | "failed">("idle");
  useEffect(() => {
    if (state !== "copied") return;
    const timer = setTimeout(() => setState("idle"), 2000);
    return () => clearTimeout(timer);
  }, [state]);
  return (
    <span className="inline-flex items-center gap-2">
      <Button
        type="button"
        variant="secondary"
        className={props.className ?? "min-h-8 px-3 py-1"}
        aria-label={props.label}
        onClick={() =>
          navigator.clipboard
            .writeText(props.text)
            .then(() => setState("copied"))
            .catch(() => setState("failed"))
        }
      >
        {state === "copied" ? t("copied") : t("copy")}
      </Button>
      <span role="status" className="text-xs text-zinc-600">
        {state === "failed" ? t("failed") : state === "copied" ? t("done") : ""}
      </span>
    </span>
  );
}
