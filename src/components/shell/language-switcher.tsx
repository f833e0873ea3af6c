"use client";

import { useMutation } from "@tanstack/react-query";
import { useLocale, useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { LOCALE_COOKIE, localeNames, locales, type Locale } from "~/i18n/locales";
import { useTRPC } from "~/lib/trpc/client";

/** Switches the interface language; signed-in people also get emails in it. */
export function LanguageSwitcher({ signedIn }: { signedIn: boolean }) {
  const t = useTranslations("shell");
  const locale = useLocale();
  const router = useRouter();
  const trpc = useTRPC();
  const remember = useMutation(trpc.account.setLocale.mutationOptions());

  async function change(next: Locale) {
    document.cookie = `${LOCALE_COOKIE}=${next}; path=/; max-age=31536000; samesite=lax`;
    if (signedIn) await remember.mutateAsync({ locale: next }).catch(() => undefined);
    router.refresh();
  }

  return (
    <label className="flex items-center gap-2 text-sm">
      <span className="sr-only">{t("language")}</span>
      <select
        aria-label={t("language")}
        value={locale}
        onChange={(event) => change(event.target.value as Locale)}
        className="rounded-md border border-zinc-300 bg-white px-2 py-1 text-sm"
      >
        {locales.map((code) => (
          <option key={code} value={code}>
            {localeNames[code]}
          </option>
        ))}
      </select>
    </label>
  );
}
