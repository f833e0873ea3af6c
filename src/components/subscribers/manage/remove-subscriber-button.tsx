"use client";

import { useMutation } from "@tanstack/react-query";
import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { ConfirmButton } from "~/components/ui/confirm-button";
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
    <ConfirmButton
      label={t("removeShort")}
      ariaLabel={t("remove", { email: props.email })}
      confirm={t("removeConfirm", { email: props.email })}
      pending={remove.isPending}
      error={remove.error?.message}
      onConfirm={() =>
        remove.mutate({ programId: props.programId, subscriberId: props.subscriberId })
      }
    />
  );
}
