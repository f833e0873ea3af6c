"use client";

import { useMutation } from "@tanstack/react-query";
import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { Button } from "~/components/ui/button";
import { useTRPC } from "~/lib/trpc/client";

/** Cancels a requested payout (returned transfer, fraud review); its amount is released. */
export function CancelPayoutButton(props: {
  programId: string;
  payoutId: string;
  partner: string;
}) {
  const t = useTranslations("managePayouts");
  const router = useRouter();
  const trpc = useTRPC();
  const cancel = useMutation(
    trpc.manage.payouts.cancel.mutationOptions({ onSuccess: () => router.refresh() }),
  );
  return (
    <>
      <Button
        variant="danger"
        className="min-h-8 px-3 py-1"
        disabled={cancel.isPending || cancel.isSuccess}
        aria-label={t("cancelFor", { partner: props.partner })}
        onClick={() => {
          if (window.confirm(t("cancelConfirm")))
            cancel.mutate({ programId: props.programId, payoutId: props.payoutId });
        }}
      >
        {t("cancel")}
      </Button>
      {cancel.error && (
        <span role="alert" className="text-xs text-red-700">
          {cancel.error.message}
        </span>
      )}
    </>
  );
}
