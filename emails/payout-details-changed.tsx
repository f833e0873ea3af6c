import { Button, Text } from "@react-email/components";
import { translator } from "~/i18n/translator";
import type { Locale } from "~/i18n/locales";
import { appUrl } from "./components/app-url";
import { buttonStyle, EmailLayout, textStyle } from "./components/layout";

/** A payout destination as the email shows it: masked, never in full. */
export type MaskedPayoutAccount = { method: "iban" | "paypal"; account: string };

export type PayoutDetailsChangedProps = {
  /** null when the details were set for the first time. */
  previous: MaskedPayoutAccount | null;
  current: MaskedPayoutAccount;
  /** ISO 8601; shown in UTC, the same in every language. */
  changedAt: string;
};

export const payoutDetailsChangedPreviewProps: PayoutDetailsChangedProps = {
  previous: { method: "iban", account: "PL61 **** **** 2874" },
  current: { method: "paypal", account: "a***@e***.com" },
  changedAt: "2026-12-07T18:30:00.000Z",
};

export function payoutDetailsChangedSubject(locale: Locale, _props: PayoutDetailsChangedProps) {
  return translator(locale)("emails.payoutDetailsChanged.subject");
}

export default function PayoutDetailsChangedEmail({
  locale,
  ...props
}: PayoutDetailsChangedProps & { locale: Locale }) {
  const t = translator(locale);
  const label = (account: MaskedPayoutAccount) =>
    `${t(`emails.payoutDetailsChanged.method.${account.method}`)} ${account.account}`;
  const at = `${props.changedAt.slice(0, 16).replace("T", " ")} UTC`;
  return (
    <EmailLayout
      locale={locale}
      preview={payoutDetailsChangedSubject(locale, props)}
      footer={t("emails.footer")}
    >
      <Text style={textStyle}>{t("emails.payoutDetailsChanged.body", { at })}</Text>
      <Text style={textStyle}>
        {t("emails.payoutDetailsChanged.previous", {
          account: props.previous ? label(props.previous) : t("emails.payoutDetailsChanged.none"),
        })}
        <br />
        {t("emails.payoutDetailsChanged.current", { account: label(props.current) })}
      </Text>
      <Text style={textStyle}>{t("emails.payoutDetailsChanged.cooling")}</Text>
      <Text style={textStyle}>{t("emails.payoutDetailsChanged.notYou")}</Text>
      <Button href={appUrl("/portal/earnings")} style={buttonStyle}>
        {t("emails.payoutDetailsChanged.button")}
      </Button>
    </EmailLayout>
  );
}
