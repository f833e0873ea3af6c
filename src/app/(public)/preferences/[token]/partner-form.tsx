"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { Button } from "~/components/ui/button";
import { Field, Select } from "~/components/ui/field";
import { FREQUENCIES } from "~/lib/subscriber-topics";
import { savePreferenceCenter, type PreferencesState } from "./actions";
import { ResultMessage } from "./result-message";

/** A partner's choices for one program, reached from a link in their program mail. */
export function PartnerPreferencesForm(props: {
  token: string;
  current: { newsletters: boolean; announcements: boolean; digest: string };
}) {
  const t = useTranslations("subscribers");
  const [state, action, pending] = useActionState<PreferencesState, FormData>(
    savePreferenceCenter,
    {},
  );
  return (
    <form action={action} className="space-y-4">
      <input type="hidden" name="token" value={props.token} />
      <ResultMessage result={state.result} />
      <label className="flex min-h-10 items-center gap-2 text-sm">
        <input
          type="checkbox"
          name="newsletters"
          defaultChecked={props.current.newsletters}
          className="h-4 w-4"
        />
        {t("partner.newsletters")}
      </label>
      <label className="flex min-h-10 items-center gap-2 text-sm">
        <input
          type="checkbox"
          name="announcements"
          defaultChecked={props.current.announcements}
          className="h-4 w-4"
        />
        {t("partner.announcements")}
      </label>
      <Field id="pref-digest" label={t("partner.digest")}>
        <Select id="pref-digest" name="digest" defaultValue={props.current.digest}>
          {FREQUENCIES.map((value) => (
            <option key={value} value={value}>
              {t(`frequency.${value}`)}
            </option>
          ))}
        </Select>
      </Field>
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
