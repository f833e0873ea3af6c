"use client";

import { useMutation } from "@tanstack/react-query";
import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { Button } from "~/components/ui/button";
import { useTRPC } from "~/lib/trpc/client";

export function RequestPayoutButton(props: { programId: string; label: string }) {
  const t = useTranslations("payouts");
  const router = useRouter();
  const trpc = useTRPC();
  const request = useMutation(
    trpc.partner.payouts.request.mutationOptions({ onSuccess: () => router.refresh() }),
  );
  return (
    <div className="flex flex-col items-start gap-1 sm:items-end">
      <Button
        disabled={request.isPending || request.isSuccess}
        onClick={() => request.mutate({ programId: props.programId })}
      >
        {request.isPending ? t("requesting") : props.label}
      </Button>
      {request.error && (
        <span role="alert" className="text-xs text-red-700">
          {request.error.message}
        </span>
      )}
    </div>
  );
}

export function CancelPayoutButton(props: { payoutId: string }) {
  const t = useTranslations("payouts");
  const router = useRouter();
  const trpc = useTRPC();
  const cancel = useMutation(
    trpc.partner.payouts.cancel.mutationOptions({ onSuccess: () => router.refresh() }),
  );
  return (
    <div className="flex flex-col items-start gap-1 sm:items-end">
      <Button
        variant="secondary"
        disabled={cancel.isPending || cancel.isSuccess}
        onClick={() => {
          if (window.confirm(t("cancelConfirm"))) cancel.mutate({ payoutId: props.payoutId });
        }}
      >
        {t("cancel")}
      </Button>
      {cancel.error && (
        <span role="alert" className="text-xs text-red-700">
          {cancel.error.message}
        </span>
      )}
    </div>
  );
}
