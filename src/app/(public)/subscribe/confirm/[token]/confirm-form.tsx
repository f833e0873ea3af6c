"use client";

import { useTranslations } from "next-intl";
import Link from "next/link";
import { useActionState } from "react";
import { Button } from "~/components/ui/button";
import { confirm, type ConfirmState } from "./actions";

export function ConfirmForm({ token, programName }: { token: string; programName: string }) {
  const t = useTranslations("subscribers.confirm");
  const [state, action, pending] = useActionState<ConfirmState, FormData>(confirm, {
    status: "idle",
  });
  if (state.status === "confirmed") {
    return (
      <div role="status" className="space-y-3">
        <h2 className="text-lg font-semibold">{t("confirmedTitle")}</h2>
        <p className="text-sm text-zinc-700">
          {t("confirmedBody", { program: state.programName })}
        </p>
        <a href={state.preferencesUrl} className="text-sm text-brand-700 underline">
          {t("preferencesLink")}
        </a>
      </div>
    );
  }
  if (state.status === "invalid") {
    return (
      <div role="alert" className="space-y-2">
        <h2 className="text-lg font-semibold">{t("invalidTitle")}</h2>
        <p className="text-sm text-zinc-700">{t("invalidBody")}</p>
        <Link href="/" className="text-sm text-brand-700 underline">
          {t("home")}
        </Link>
      </div>
    );
  }
  return (
    <form action={action} className="space-y-3">
      <input type="hidden" name="token" value={token} />
      <p className="text-sm text-zinc-700">{t("prompt", { program: programName })}</p>
      <Button type="submit" disabled={pending}>
        {t("button")}
      </Button>
    </form>
  );
}
