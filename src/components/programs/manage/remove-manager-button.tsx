"use client";

import { useMutation } from "@tanstack/react-query";
import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { Button } from "~/components/ui/button";
import { useTRPC } from "~/lib/trpc/client";

export function RemoveManagerButton(props: { programId: string; userId: string; email: string }) {
  const t = useTranslations("manager.managers");
  const router = useRouter();
  const trpc = useTRPC();
  const remove = useMutation(
    trpc.manage.programs.removeManager.mutationOptions({ onSuccess: () => router.refresh() }),
  );
  return (
    <span className="inline-flex flex-wrap items-center justify-end gap-2">
      <Button
        type="button"
        variant="danger"
        className="min-h-8 px-3 py-1"
        disabled={remove.isPending}
        aria-label={t("removeLabel", { email: props.email })}
        onClick={() => {
          if (!window.confirm(t("removeConfirm", { email: props.email }))) return;
          remove.mutate({ programId: props.programId, userId: props.userId });
        }}
      >
        {t("remove")}
      </Button>
      {remove.error && (
        <span role="alert" className="text-xs text-red-700">
          {remove.error.message}
        </span>
      )}
    </span>
  );
}
