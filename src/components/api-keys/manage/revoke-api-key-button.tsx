"use client";

import { useMutation } from "@tanstack/react-query";
import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { Button } from "~/components/ui/button";
import { useTRPC } from "~/lib/trpc/client";

export function RevokeApiKeyButton(props: { programId: string; apiKeyId: string; name: string }) {
  const t = useTranslations("apiKeys.list");
  const router = useRouter();
  const trpc = useTRPC();
  const revoke = useMutation(
    trpc.manage.apiKeys.revoke.mutationOptions({ onSuccess: () => router.refresh() }),
  );
  return (
    <span className="inline-flex flex-wrap items-center gap-2">
      <Button
        type="button"
        variant="danger"
        className="min-h-8 px-3 py-1"
        disabled={revoke.isPending}
        aria-label={t("revokeFor", { name: props.name })}
        onClick={() => {
          if (window.confirm(t("revokeConfirm", { name: props.name })))
            revoke.mutate({ programId: props.programId, apiKeyId: props.apiKeyId });
        }}
      >
        {t("revoke")}
      </Button>
      {revoke.error && (
        <span role="alert" className="text-xs text-red-700">
          {revoke.error.message}
        </span>
      )}
    </span>
  );
}
