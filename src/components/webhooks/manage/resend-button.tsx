"use client";

import { useMutation } from "@tanstack/react-query";
import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { Button } from "~/components/ui/button";
import { useTRPC } from "~/lib/trpc/client";

/** Sends a delivery again now (the worker picks it up within seconds). */
export function ResendButton(props: { programId: string; deliveryId: string; label: string }) {
  const t = useTranslations("webhooks.log");
  const router = useRouter();
  const trpc = useTRPC();
  const resend = useMutation(
    trpc.manage.webhooks.resend.mutationOptions({ onSuccess: () => router.refresh() }),
  );
  return (
    <span className="inline-flex flex-wrap items-center gap-2">
      <Button
        type="button"
        variant="secondary"
        className="min-h-8 px-3 py-1"
        disabled={resend.isPending}
        aria-label={props.label}
        onClick={() => resend.mutate({ programId: props.programId, deliveryId: props.deliveryId })}
      >
        {t("resend")}
      </Button>
      {resend.isSuccess && (
        <span role="status" className="text-xs text-green-800">
          {t("resent")}
        </span>
      )}
      {resend.error && (
        <span role="alert" className="text-xs text-red-700">
          {resend.error.message}
        </span>
      )}
    </span>
  );
}
