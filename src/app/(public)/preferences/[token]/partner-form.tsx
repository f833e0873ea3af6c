"use client";

import { useTranslations } from "next-intl";
import { Field, Select } from "~/components/ui/field";
import { FREQUENCIES } from "~/lib/subscriber-topics";
import { PreferenceCenterForm } from "./preference-center-form";

/** A partner's choices for one program, reached from a link in their program mail. */
export function PartnerPreferencesForm(props: {
  token: string;
  current: { newsletters: boolean; announcements: boolean; digest: string };
}) {
  const t = useTranslations("subscribers");
  return (
    <PreferenceCenterForm token={props.token}>
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
    </PreferenceCenterForm>
  );
}
