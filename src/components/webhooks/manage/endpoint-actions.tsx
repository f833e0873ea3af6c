"use client";

import { useMutation } from "@tanstack/react-query";
import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { SecretReveal } from "~/components/api-keys/manage/secret-reveal";
import { Button } from "~/components/ui/button";
import { useTRPC } from "~/lib/trpc/client";

/** Pause or resume, rotate the secret (shown once) or delete one endpoint. */
export function EndpointActions(props: {
  programId: string;
  endpoint: { id: string; url: string; disabled: boolean };
}) {
  const t = useTranslations("webhooks.list");
  const router = useRouter();
  const trpc = useTRPC();
  const refresh = { onSuccess: () => router.refresh() };
  const setDisabled = useMutation(trpc.manage.webhooks.setDisabled.mutationOptions(refresh));
  const rotate = useMutation(trpc.manage.webhooks.rotateSecret.mutationOptions());
  const remove = useMutation(trpc.manage.webhooks.delete.mutationOptions(refresh));
  const ids = { programId: props.programId, endpointId: props.endpoint.id };
  const url = props.endpoint.url;
  const busy = setDisabled.isPending || rotate.isPending || remove.isPending;
  const error = setDisabled.error ?? rotate.error ?? remove.error;
  if (rotate.data) {
    return (
      <SecretReveal
        items={[{ label: t("newSecret"), value: rotate.data.secret }]}
        onDone={() => rotate.reset()}
      />
    );
  }
  return (
    <div className="flex flex-wrap items-center gap-2">
      <Button
        type="button"
        variant="secondary"
        className="min-h-8 px-3 py-1"
        disabled={busy}
        aria-label={t(props.endpoint.disabled ? "enableFor" : "disableFor", { url })}
        onClick={() => setDisabled.mutate({ ...ids, disabled: !props.endpoint.disabled })}
      >
        {t(props.endpoint.disabled ? "enable" : "disable")}
      </Button>
      <Button
        type="button"
        variant="secondary"
        className="min-h-8 px-3 py-1"
        disabled={busy}
        aria-label={t("rotateFor", { url })}
        onClick={() => {
          if (window.confirm(t("rotateConfirm", { url }))) rotate.mutate(ids);
        }}
      >
        {t("rotate")}
      </Button>
      <Button
        type="button"
        variant="danger"
        className="min-h-8 px-3 py-1"
        disabled={busy}
        aria-label={t("deleteFor", { url })}
        onClick={() => {
          if (window.confirm(t("deleteConfirm", { url }))) remove.mutate(ids);
        }}
      >
        {t("delete")}
      </Button>
      {error && (
        <span role="alert" className="text-xs text-red-700">
          {error.message}
        </span>
      )}
    </div>
  );
}
