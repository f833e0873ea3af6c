"use client";

import { useMutation, useQuery } from "@tanstack/react-query";
import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { Button } from "~/components/ui/button";
import { useTRPC } from "~/lib/trpc/client";
import { QrImage } from "./qr-image";

/** Per-link buttons: the QR code (made on demand) and turning the link off or on. */
export function LinkActions(props: { linkId: string; code: string; disabled: boolean }) {
  const t = useTranslations("links");
  const router = useRouter();
  const trpc = useTRPC();
  const [showQr, setShowQr] = useState(false);
  const qr = useQuery(
    trpc.partner.links.qrCode.queryOptions({ linkId: props.linkId }, { enabled: showQr }),
  );
  const toggle = useMutation(
    trpc.partner.links.setDisabled.mutationOptions({ onSuccess: () => router.refresh() }),
  );
  const panelId = `qr-${props.linkId}`;
  return (
    <div className="space-y-2">
      <div className="flex flex-wrap gap-2">
        <Button
          type="button"
          variant="secondary"
          className="min-h-8 px-3 py-1"
          aria-expanded={showQr}
          aria-controls={panelId}
          onClick={() => setShowQr((open) => !open)}
        >
          {showQr ? t("qr.hide") : t("qr.show")}
        </Button>
        <Button
          type="button"
          variant={props.disabled ? "secondary" : "danger"}
          className="min-h-8 px-3 py-1"
          disabled={toggle.isPending}
          aria-label={t(props.disabled ? "list.enableFor" : "list.disableFor", {
            code: props.code,
          })}
          onClick={() => toggle.mutate({ linkId: props.linkId, disabled: !props.disabled })}
        >
          {props.disabled ? t("list.enable") : t("list.disable")}
        </Button>
      </div>
      {toggle.error && (
        <p role="alert" className="text-xs text-red-700">
          {toggle.error.message}
        </p>
      )}
      <div id={panelId} hidden={!showQr}>
        {showQr && qr.isPending && <p className="text-sm text-zinc-600">{t("qr.loading")}</p>}
        {qr.error && (
          <p role="alert" className="text-xs text-red-700">
            {qr.error.message}
          </p>
        )}
        {showQr && qr.data && (
          <QrImage
            svg={qr.data.svg}
            png={qr.data.png}
            code={props.code}
            alt={t("qr.alt", { url: qr.data.url })}
            labels={{ svg: t("qr.downloadSvg"), png: t("qr.downloadPng") }}
          />
        )}
      </div>
    </div>
  );
}
