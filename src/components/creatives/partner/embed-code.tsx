"use client";

import { useMutation } from "@tanstack/react-query";
import { useTranslations } from "next-intl";
import { useId, useState } from "react";
import { Button } from "~/components/ui/button";
import { useTRPC } from "~/lib/trpc/client";

/**
 * "Copy embed code": asks the server for the partner's snippet (which makes their link for
 * this creative on first use), copies it, and always shows it in a read-only box too, since
 * the clipboard is unavailable on plain http and in some browsers.
 */
export function EmbedCode(props: { creativeId: string; name: string }) {
  const t = useTranslations("creatives.partner.embed");
  const trpc = useTRPC();
  const embed = useMutation(trpc.partner.creatives.embed.mutationOptions());
  const [copy, setCopy] = useState<"idle" | "copied" | "manual">("idle");
  const boxId = useId();

  async function copyCode() {
    let snippet = embed.data?.snippet;
    if (!snippet) {
      const result = await embed.mutateAsync({ creativeId: props.creativeId }).catch(() => null);
      snippet = result?.snippet ?? undefined;
    }
    if (!snippet) return;
    try {
      await navigator.clipboard.writeText(snippet);
      setCopy("copied");
    } catch {
      setCopy("manual");
    }
  }

  return (
    <div className="space-y-2">
      <Button
        type="button"
        className="min-h-9 w-full px-3 py-1.5"
        disabled={embed.isPending}
        onClick={() => void copyCode()}
      >
        {embed.isPending ? t("preparing") : t("copy")}
      </Button>
      {embed.error && (
        <p role="alert" className="text-xs text-red-700">
          {embed.error.message}
        </p>
      )}
      <p role="status" className="text-xs text-zinc-600">
        {copy === "copied" ? t("copied") : copy === "manual" ? t("manual") : ""}
      </p>
      {embed.data?.snippet && (
        <div>
          <label htmlFor={boxId} className="block text-xs font-medium text-zinc-700">
            {t("label", { name: props.name })}
          </label>
          <textarea
            id={boxId}
            readOnly
            rows={5}
            value={embed.data.snippet}
            data-testid="embed-snippet"
            onFocus={(event) => event.currentTarget.select()}
            className="mt-1 block w-full rounded-md border border-zinc-300 bg-zinc-50 p-2 font-mono text-xs text-zinc-900"
          />
          <p className="mt-1 break-all text-xs text-zinc-600">
            {t("link", { url: embed.data.link.url })}
          </p>
          {embed.data.link.disabled && (
            <p className="mt-1 text-xs text-amber-800">{t("disabled")}</p>
          )}
        </div>
      )}
    </div>
  );
}
