"use client";

import { useMutation } from "@tanstack/react-query";
import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { Button } from "~/components/ui/button";
import { useTRPC } from "~/lib/trpc/client";

export function DisableUserButton(props: { userId: string; email: string; disabled: boolean }) {
  const t = useTranslations("manager.people");
  const router = useRouter();
  const trpc = useTRPC();
  const set = useMutation(
    trpc.manage.users.setDisabled.mutationOptions({ onSuccess: () => router.refresh() }),
  );
  const disable = !props.disabled;
  return (
    <span className="inline-flex flex-wrap items-center gap-2">
      <Button
        type="button"
        variant={disable ? "danger" : "secondary"}
        className="min-h-8 px-3 py-1"
        disabled={set.isPending}
        aria-label={t(disable ? "disableLabel" : "enableLabel", { email: props.email })}
        onClick={() => {
          if (disable && !window.confirm(t("disableConfirm", { email: props.email }))) return;
          set.mutate({ userId: props.userId, disabled: disable });
        }}
      >
        {t(disable ? "disable" : "enable")}
      </Button>
      {set.error && (
        <span role="alert" className="text-xs text-red-700">
          {set.error.message}
        </span>
      )}
    </span>
  );
}
