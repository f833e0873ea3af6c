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

export function PublishTermsForm(props: { programId: string; current: string; version: number }) {
  const t = useTranslations("manager.terms");
  const router = useRouter();
  const trpc = useTRPC();
  const [body, setBody] = useState(props.current);
  const publish = useMutation(
    trpc.manage.programs.publishTerms.mutationOptions({ onSuccess: () => router.refresh() }),
  );
  return (
    <form
      className="space-y-3"
      onSubmit={(event) => {
        event.preventDefault();
        if (window.confirm(t("confirm"))) publish.mutate({ programId: props.programId, body });
      }}
    >
      <FormError message={publish.error?.message} />
      <Field
        id="termsBody"
        label={t("label", { version: props.version })}
        hint={t("hint")}
        error={fieldErrors(publish.error).body}
      >
        <Textarea id="termsBody" rows={10} value={body} onChange={(e) => setBody(e.target.value)} />
      </Field>
      <div className="flex items-center gap-3">
        <Button type="submit" disabled={publish.isPending || body.trim() === props.current.trim()}>
          {t("publish")}
        </Button>
        {publish.data && (
          <span role="status" className="text-sm text-green-700">
            {t("published", { version: publish.data.version })}
          </span>
        )}
      </div>
    </form>
  );
}
