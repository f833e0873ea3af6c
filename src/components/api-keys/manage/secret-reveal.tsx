"use client";

import { useTranslations } from "next-intl";
import { CopyButton } from "~/components/links/partner/copy-button";
import { Button } from "~/components/ui/button";

/** Secrets shown once, with copy buttons and a plain warning that they will not be shown again. */
export function SecretReveal(props: {
  items: { label: string; value: string }[];
  onDone: () => void;
}) {
  const t = useTranslations("apiKeys.secret");
  return (
    <div
      role="status"
      className="space-y-3 rounded-md border border-amber-300 bg-amber-50 p-4"
      data-testid="secret-reveal"
    >
      <p className="font-semibold text-amber-900">{t("title")}</p>
      <p className="text-sm text-amber-900">{t("warning")}</p>
      <dl className="space-y-3">
        {props.items.map((item) => (
          <div key={item.label}>
            <dt className="text-xs font-medium text-zinc-700">{item.label}</dt>
            <dd className="mt-1 flex flex-wrap items-center gap-2">
              <code className="break-all rounded bg-white px-2 py-1 font-mono text-sm">
                {item.value}
              </code>
              <CopyButton text={item.value} label={t("copy", { what: item.label })} />
            </dd>
          </div>
        ))}
      </dl>
      <Button type="button" variant="secondary" onClick={props.onDone}>
        {t("done")}
      </Button>
    </div>
  );
}
