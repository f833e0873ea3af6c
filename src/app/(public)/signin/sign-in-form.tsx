"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { Button } from "~/components/ui/button";
import { Field, Input } from "~/components/ui/field";
import { requestMagicLink, type SignInState } from "./actions";

export function SignInForm({ next }: { next?: string }) {
  const t = useTranslations("signIn");
  const [state, action, pending] = useActionState<SignInState, FormData>(requestMagicLink, {});
  return (
    <form action={action} className="space-y-4" noValidate>
      <input type="hidden" name="next" value={next ?? ""} />
      <Field id="email" label={t("emailLabel")} hint={t("emailHint")} error={state.error}>
        <Input
          id="email"
          name="email"
          type="email"
          autoComplete="email"
          required
          defaultValue={state.email}
          invalid={Boolean(state.error)}
        />
      </Field>
      <Button type="submit" disabled={pending} className="w-full">
        {pending ? t("sending") : t("sendLink")}
      </Button>
    </form>
  );
}
