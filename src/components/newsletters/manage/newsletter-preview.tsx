"use client";

import { useMutation } from "@tanstack/react-query";
import { useTranslations } from "next-intl";
import { useEffect, useState } from "react";
import { Field, Select } from "~/components/ui/field";
import { localeNames, locales, type Locale } from "~/i18n/locales";
import { useTRPC } from "~/lib/trpc/client";
import { useDebounced } from "./use-debounced";

/**
 * The email as the server renders it for sending, in a sandboxed frame: no scripts, no
 * same-origin access, so whatever the markdown holds cannot touch the console.
 */
export function NewsletterPreview(props: {
  programId: string;
  subject: string;
  body: string;
  initialLocale: Locale;
}) {
  const t = useTranslations("newsletters.compose");
  const trpc = useTRPC();
  const [locale, setLocale] = useState<Locale>(props.initialLocale);
  const input = useDebounced(
    JSON.stringify({ subject: props.subject, body: props.body, locale }),
    500,
  );
  const parsed = JSON.parse(input) as { subject: string; body: string; locale: Locale };
  const empty = !parsed.subject.trim() && !parsed.body.trim();
  // The last rendered email stays on screen while the next one renders.
  const [html, setHtml] = useState("");
  const { mutate } = useMutation(
    trpc.manage.newsletters.preview.mutationOptions({
      onSuccess: (result) => setHtml(result.html),
    }),
  );
  useEffect(() => {
    if (empty) return;
    const { subject, body, locale: language } = JSON.parse(input) as typeof parsed;
    mutate({ programId: props.programId, subject, body, locale: language });
  }, [input, empty, mutate, props.programId]);
  return (
    <section aria-labelledby="newsletter-preview" className="space-y-3">
      <div className="flex flex-wrap items-end justify-between gap-3">
        <h2 id="newsletter-preview" className="font-semibold">
          {t("preview")}
        </h2>
        <div className="w-40">
          <Field id="newsletter-preview-locale" label={t("previewLanguage")}>
            <Select
              id="newsletter-preview-locale"
              value={locale}
              onChange={(e) => setLocale(e.target.value as Locale)}
            >
              {locales.map((item) => (
                <option key={item} value={item}>
                  {localeNames[item]}
                </option>
              ))}
            </Select>
          </Field>
        </div>
      </div>
      {empty ? (
        <p className="text-sm text-zinc-600">{t("previewEmpty")}</p>
      ) : (
        <iframe
          title={t("previewFrame")}
          sandbox=""
          srcDoc={html}
          data-testid="newsletter-preview"
          className="h-[32rem] w-full rounded-lg border border-zinc-200 bg-zinc-100"
        />
      )}
    </section>
  );
}
