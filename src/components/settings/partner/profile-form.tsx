"use client";

import { useMutation } from "@tanstack/react-query";
import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { Button } from "~/components/ui/button";
import { Field, Input, Select } from "~/components/ui/field";
import { FormError } from "~/components/ui/form-error";
import { isLocale, LOCALE_COOKIE, localeNames, locales, type Locale } from "~/i18n/locales";
import { useTRPC } from "~/lib/trpc/client";
import { fieldErrors } from "~/lib/trpc/form-errors";

/** The cookie the interface reads its language from (as the header's switcher sets it). */
function rememberLocale(locale: string) {
  document.cookie = `${LOCALE_COOKIE}=${locale}; path=/; max-age=31536000; samesite=lax`;
}

/**
 * Name and language. The language is saved on the account (emails use it) and, like the
 * header's language switcher, in the locale cookie the interface reads, so the page comes
 * back in the new language as soon as it is saved.
 */
export function ProfileForm(props: { email: string; name: string | null; locale: string }) {
  const t = useTranslations("settings.profile");
  const router = useRouter();
  const trpc = useTRPC();
  const [name, setName] = useState(props.name ?? "");
  const [locale, setLocale] = useState<Locale>(isLocale(props.locale) ? props.locale : "en");
  const save = useMutation(
    trpc.partner.profile.update.mutationOptions({
      onSuccess: (saved) => {
        rememberLocale(saved.locale);
        router.refresh();
      },
    }),
  );
  const errors = fieldErrors(save.error);

  return (
    <form
      className="space-y-4"
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        save.mutate({ name, locale });
      }}
    >
      <h2 className="font-semibold">{t("title")}</h2>
      <FormError message={save.error?.message} />
      <div>
        <p className="text-sm font-medium text-zinc-800">{t("email")}</p>
        <p className="mt-1 break-all text-sm text-zinc-700" data-testid="profile-email">
          {props.email}
        </p>
      </div>
      <Field id="profile-name" label={t("name")} hint={t("nameHint")} error={errors.name}>
        <Input
          id="profile-name"
          value={name}
          maxLength={100}
          autoComplete="name"
          invalid={Boolean(errors.name)}
          onChange={(event) => setName(event.target.value)}
        />
      </Field>
      <Field
        id="profile-locale"
        label={t("language")}
        hint={t("languageHint")}
        error={errors.locale}
      >
        <Select
          id="profile-locale"
          value={locale}
          invalid={Boolean(errors.locale)}
          onChange={(event) => setLocale(event.target.value as Locale)}
        >
          {locales.map((code) => (
            <option key={code} value={code} lang={code}>
              {localeNames[code]}
            </option>
          ))}
        </Select>
      </Field>
      <div className="flex items-center gap-3">
        <Button type="submit" disabled={save.isPending}>
          {t("save")}
        </Button>
        <p role="status" className="text-sm text-green-700">
          {save.isSuccess && !save.isPending ? t("saved") : ""}
        </p>
      </div>
    </form>
  );
}
