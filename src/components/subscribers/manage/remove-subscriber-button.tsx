"use client";

import { useMutation } from "@tanstack/react-query";
import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { Button } from "~/components/ui/button";
import { useTRPC } from "~/lib/trpc/client";

export function RemoveSubscriberButton(props: {
  programId: string;
  subscriberId: string;
  email: string;
}) {
  const t = useTranslations("subscribers.manage");
  const router = useRouter();
  const trpc = useTRPC();
  const remove = useMutation(
    trpc.manage.subscribers.remove.mutationOptions({ onSuccess: () => router.refresh() }),
  );
  return (
    <span className="inline-flex flex-wrap items-center gap-2">
      <Button
        type="button"
        variant="danger"
        className="min-h-8 px-3 py-1"
        disabled={remove.isPending}
        aria-label={t("remove", { email: props.email })}
        onClick={() => {
          if (!window.confirm(t("removeConfirm", { email: props.email }))) return;
          remove.mutate({ programId: props.programId, subscriberId: props.subscriberId });
        }}
      >
        {t("removeShort")}
      </Button>
      {remove.error && (
        <span role="alert" className="text-xs text-red-700">
          {remove.error.message}
        </span>
      )}
    </span>
  );
}
