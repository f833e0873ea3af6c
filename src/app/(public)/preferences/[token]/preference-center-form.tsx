"use client";

import { useTranslations } from "next-intl";
import { useActionState, type ReactNode } from "react";
import { Button } from "~/components/ui/button";
import { savePreferenceCenter, type PreferencesState } from "./actions";
import { ResultMessage } from "./result-message";

/**
 * The preference center's form for either kind of recipient: the link's token, the outcome of
 * the last submit, the recipient's own choices (`children`), and save or unsubscribe from all.
 */
export function PreferenceCenterForm(props: { token: string; children: ReactNode }) {
  const t = useTranslations("subscribers");
  const [state, action, pending] = useActionState<PreferencesState, FormData>(
    savePreferenceCenter,
    {},
  );
  return (
    <form action={action} className="space-y-4">
      <input type="hidden" name="token" value={props.token} />
      <ResultMessage result={state.result} />
      {props.children}
      <div className="flex flex-col gap-3 sm:flex-row">
        <Button type="submit" name="intent" value="save" disabled={pending}>
          {t("preferences.save")}
        </Button>
        <Button type="submit" name="intent" value="unsubscribe" variant="danger" disabled={pending}>
          {t("preferences.unsubscribeAll")}
        </Button>
      </div>
    </form>
  );
}
