"use client";

import { useMutation } from "@tanstack/react-query";
import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { Button } from "~/components/ui/button";
import { Field, Textarea } from "~/components/ui/field";
import { FormError } from "~/components/ui/form-error";
import { useTRPC } from "~/lib/trpc/client";
import { fieldErrors } from "~/lib/trpc/form-errors";

/** Apply to a program (first time) or accept its new terms (after a change). */
export function ApplyForm(props: {
  programId: string;
  termsVersion: number;
  mode: "apply" | "reaccept";
  /** From the recruiting partner's referral link (?ref=). */
  referralCode?: string;
}) {
  const t = useTranslations("partner.program");
  const router = useRouter();
  const trpc = useTRPC();
  const [accepted, setAccepted] = useState(false);
  const [pitch, setPitch] = useState("");
  const apply = useMutation(
    trpc.partner.programs.join.mutationOptions({ onSuccess: () => router.refresh() }),
  );
  const reaccept = useMutation(
    trpc.partner.programs.acceptTerms.mutationOptions({ onSuccess: () => router.refresh() }),
  );
  const mutation = props.mode === "apply" ? apply : reaccept;
  const errors = fieldErrors(mutation.error);

  function submit(event: React.FormEvent) {
    event.preventDefault();
    if (props.mode === "apply") {
      apply.mutate({
        programId: props.programId,
        termsVersion: props.termsVersion,
        acceptTerms: accepted as true,
        pitch,
        ref: props.referralCode,
      });
    } else {
      reaccept.mutate({ programId: props.programId, termsVersion: props.termsVersion });
    }
  }

  return (
    <form onSubmit={submit} className="space-y-4">
      <FormError message={mutation.error?.message} />
      {props.mode === "apply" && (
        <Field id="pitch" label={t("pitchLabel")} hint={t("pitchHint")} error={errors.pitch}>
          <Textarea
            id="pitch"
            rows={3}
            value={pitch}
            maxLength={1000}
            onChange={(e) => setPitch(e.target.value)}
          />
        </Field>
      )}
      <div>
        <label className="flex items-start gap-2 text-sm">
          <input
            type="checkbox"
            className="mt-1 size-4"
            checked={accepted}
            onChange={(e) => setAccepted(e.target.checked)}
            aria-invalid={Boolean(errors.acceptTerms) || undefined}
          />
          <span>{t("acceptLabel", { version: props.termsVersion })}</span>
        </label>
        {errors.acceptTerms && (
          <p role="alert" className="mt-1 text-xs text-red-700">
            {errors.acceptTerms}
          </p>
        )}
      </div>
      <Button
        type="submit"
        disabled={mutation.isPending || (props.mode === "reaccept" && !accepted)}
      >
        {props.mode === "apply" ? t("apply") : t("acceptNewTerms")}
      </Button>
    </form>
  );
}
