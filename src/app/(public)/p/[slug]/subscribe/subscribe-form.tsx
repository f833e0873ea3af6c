"use client";

import { useLocale, useTranslations } from "next-intl";
import { useActionState } from "react";
import { Button } from "~/components/ui/button";
import { Field, Input, Select } from "~/components/ui/field";
import { localeNames, locales } from "~/i18n/locales";
import { SUBSCRIBER_TOPICS } from "~/lib/subscriber-topics";
import { subscribe, type SubscribeState } from "./actions";

export function SubscribeForm({ slug }: { slug: string }) {
  const t = useTranslations("subscribers");
  const locale = useLocale();
  const [state, action, pending] = useActionState<SubscribeState, FormData>(subscribe, {});
  if (state.done) {
    return (
      <div role="status" className="space-y-2">
        <h2 className="text-lg font-semibold">{t("form.checkInbox")}</h2>
        <p className="text-sm text-zinc-700">{t("form.checkInboxBody")}</p>
      </div>
    );
  }
  return (
    <form action={action} className="space-y-4" noValidate>
      <input type="hidden" name="slug" value={slug} />
      {state.error && (
        <p role="alert" className="rounded-md bg-red-50 p-3 text-sm text-red-800">
          {state.error}
        </p>
      )}
      <Field id="subscribe-email" label={t("form.email")} error={state.fieldErrors?.email}>
        <Input
          id="subscribe-email"
          name="email"
          type="email"
          autoComplete="email"
          required
          defaultValue={state.values?.email}
          invalid={Boolean(state.fieldErrors?.email)}
        />
      </Field>
      <Field id="subscribe-name" label={t("form.name")} hint={t("form.nameHint")}>
        <Input
          id="subscribe-name"
          name="name"
          autoComplete="name"
          maxLength={100}
          defaultValue={state.values?.name}
        />
      </Field>
      <Field id="subscribe-locale" label={t("form.language")}>
        <Select id="subscribe-locale" name="locale" defaultValue={locale}>
          {locales.map((code) => (
            <option key={code} value={code}>
              {localeNames[code]}
            </option>
          ))}
        </Select>
      </Field>
      <fieldset>
        <legend className="text-sm font-medium text-zinc-800">{t("form.topics")}</legend>
        <p className="text-xs text-zinc-500">{t("form.topicsHint")}</p>
        <div className="mt-2 grid grid-cols-1 gap-2 sm:grid-cols-2">
          {SUBSCRIBER_TOPICS.map((topic) => (
            <label key={topic} className="flex min-h-10 items-center gap-2 text-sm">
              <input type="checkbox" name="topics" value={topic} className="h-4 w-4" />
              {t(`topics.${topic}`)}
            </label>
          ))}
        </div>
      </fieldset>
      <p className="text-xs text-zinc-600">{t("form.consent")}</p>
      <Button type="submit" disabled={pending} className="w-full sm:w-auto">
        {pending ? t("form.sending") : t("form.submit")}
      </Button>
    </form>
  );
}
