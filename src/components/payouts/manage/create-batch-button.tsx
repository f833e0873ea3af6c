"use client";

import { useMutation } from "@tanstack/react-query";
import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { Button } from "~/components/ui/button";
import { useTRPC } from "~/lib/trpc/client";

export function CreateBatchButton(props: { programId: string; disabled: boolean }) {
  const t = useTranslations("managePayouts");
  const router = useRouter();
  const trpc = useTRPC();
  const create = useMutation(
    trpc.manage.payouts.createBatch.mutationOptions({ onSuccess: () => router.refresh() }),
  );
  return (
    <div className="flex flex-col items-start gap-1 sm:items-end">
      <Button
        disabled={props.disabled || create.isPending}
        onClick={() => create.mutate({ programId: props.programId })}
      >
        {t("createBatch")}
      </Button>
      {create.data && (
        <span role="status" className="text-xs text-green-700">
          {t("batchCreated", { count: create.data.payouts })}
        </span>
      )}
      {create.data && create.data.held > 0 && (
        <span role="status" className="text-xs text-amber-800">
          {t("batchHeld", { count: create.data.held })}
        </span>
      )}
      {create.error && (
        <span role="alert" className="text-xs text-red-700">
          {create.error.message}
        </span>
      )}
    </div>
  );
}
