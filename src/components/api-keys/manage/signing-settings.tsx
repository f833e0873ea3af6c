"use client";

import { useMutation } from "@tanstack/react-query";
import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { Button } from "~/components/ui/button";
import { FormError } from "~/components/ui/form-error";
import { useTRPC } from "~/lib/trpc/client";
import { SecretReveal } from "./secret-reveal";

/** Whether unsigned calls are refused, and rotating the signing secret. */
export function SigningSettings(props: { programId: string; requireSignature: boolean }) {
  const t = useTranslations("apiKeys.signing");
  const tSecret = useTranslations("apiKeys.secret");
  const router = useRouter();
  const trpc = useTRPC();
  const setRequired = useMutation(
    trpc.manage.apiKeys.setRequireSignature.mutationOptions({ onSuccess: () => router.refresh() }),
  );
  const rotate = useMutation(trpc.manage.apiKeys.rotateSigningSecret.mutationOptions());
  return (
    <div className="space-y-4">
      <FormError message={setRequired.error?.message ?? rotate.error?.message} />
      <div>
        <label className="flex items-start gap-2 text-sm">
          <input
            type="checkbox"
            className="mt-1 size-4"
            checked={props.requireSignature}
            disabled={setRequired.isPending}
            onChange={(e) =>
              setRequired.mutate({ programId: props.programId, required: e.target.checked })
            }
          />
          <span>
            <span className="font-medium">{t("require")}</span>
            <span className="block text-xs text-zinc-600">{t("requireHint")}</span>
          </span>
        </label>
        <p className="mt-2 text-sm" role="status">
          {props.requireSignature ? t("on") : t("off")}
        </p>
      </div>
      {rotate.data ? (
        <SecretReveal
          items={[{ label: tSecret("signingSecret"), value: rotate.data.signingSecret }]}
          onDone={() => rotate.reset()}
        />
      ) : (
        <div>
          <Button
            type="button"
            variant="secondary"
            disabled={rotate.isPending}
            onClick={() => {
              if (window.confirm(t("rotateConfirm")))
                rotate.mutate({ programId: props.programId, graceHours: 24 });
            }}
          >
            {t("rotate")}
          </Button>
          <p className="mt-1 text-xs text-zinc-600">{t("rotateHint")}</p>
        </div>
      )}
    </div>
  );
}
