import { Button, Text } from "@react-email/components";
import { formatMoney } from "~/lib/money";
import { translator } from "~/i18n/translator";
import type { Locale } from "~/i18n/locales";
import { appUrl } from "./components/app-url";
import { buttonStyle, EmailLayout, textStyle } from "./components/layout";

export type PayoutSentProps = {
  programName: string;
  /** Minor units as a decimal string: props stay plain JSON. */
  amountMinor: string;
  currency: string;
  reference: string;
};

export const payoutSentPreviewProps: PayoutSentProps = {
  programName: "Northwind Learning",
  amountMinor: "12550",
  currency: "EUR",
  reference: "SEPA-2025-0042",
};

const amountOf = (locale: Locale, props: PayoutSentProps) =>
  formatMoney(BigInt(props.amountMinor), props.currency, locale);

export function payoutSentSubject(locale: Locale, props: PayoutSentProps) {
  return translator(locale)("emails.payoutSent.subject", {
    amount: amountOf(locale, props),
    program: props.programName,
  });
}

export default function PayoutSentEmail({
  locale,
  ...props
}: PayoutSentProps & { locale: Locale }) {
  const t = translator(locale);
  return (
    <EmailLayout
      locale={locale}
      preview={payoutSentSubject(locale, props)}
      footer={t("emails.footer")}
    >
      <Text style={textStyle}>
        {t("emails.payoutSent.body", {
          amount: amountOf(locale, props),
          program: props.programName,
        })}
      </Text>
      <Text style={textStyle}>
        {t("emails.payoutSent.reference", { reference: props.reference })}
      </Text>
      <Button href={appUrl("/portal/earnings")} style={buttonStyle}>
        {t("emails.payoutSent.button")}
      </Button>
    </EmailLayout>
  );
}
