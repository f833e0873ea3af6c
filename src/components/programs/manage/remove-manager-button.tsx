"use client";

import { useMutation } from "@tanstack/react-query";
import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { ConfirmButton } from "~/components/ui/confirm-button";
import { useTRPC } from "~/lib/trpc/client";

export function RemoveManagerButton(props: { programId: string; userId: string; email: string }) {
  const t = useTranslations("manager.managers");
  const router = useRouter();
  const trpc = useTRPC();
  const remove = useMutation(
    trpc.manage.programs.removeManager.mutationOptions({ onSuccess: () => router.refresh() }),
  );
  return (
    <ConfirmButton
      className="justify-end"
      label={t("remove")}
      ariaLabel={t("removeLabel", { email: props.email })}
      confirm={t("removeConfirm", { email: props.email })}
      pending={remove.isPending}
      error={remove.error?.message}
      onConfirm={() => remove.mutate({ programId: props.programId, userId: props.userId })}
    />
  );
}
