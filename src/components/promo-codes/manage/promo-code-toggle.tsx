"use client";

import { useMutation } from "@tanstack/react-query";
import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { Button } from "~/components/ui/button";
import { useTRPC } from "~/lib/trpc/client";

export function PromoCodeToggle(props: {
  programId: string;
  promoCodeId: string;
  code: string;
  disabled: boolean;
}) {
  const t = useTranslations("promoCodes.list");
  const router = useRouter();
  const trpc = useTRPC();
  const toggle = useMutation(
    trpc.manage.promoCodes.setDisabled.mutationOptions({ onSuccess: () => router.refresh() }),
  );
  return (
    <span className="inline-flex flex-wrap items-center gap-2">
      <Button
        type="button"
        variant={props.disabled ? "secondary" : "danger"}
        className="min-h-8 px-3 py-1"
        disabled={toggle.isPending}
        aria-label={t(props.disabled ? "enableFor" : "disableFor", { code: props.code })}
        onClick={() =>
          toggle.mutate({
            programId: props.programId,
            promoCodeId: props.promoCodeId,
            disabled: !props.disabled,
          })
        }
      >
        {props.disabled ? t("enable") : t("disable")}
      </Button>
      {toggle.error && (
        <span role="alert" className="text-xs text-red-700">
          {toggle.error.message}
        </span>
      )}
    </span>
  );
}
