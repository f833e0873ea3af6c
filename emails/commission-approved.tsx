import { Button, Text } from "@react-email/components";
import { formatMoney } from "~/lib/money";
import { translator } from "~/i18n/translator";
import type { Locale } from "~/i18n/locales";
import { appUrl } from "./components/app-url";
import { buttonStyle, EmailLayout, textStyle } from "./components/layout";

/** One approval run's commissions for one partner, per program (each in its own currency). */
export type CommissionApprovedProps = {
  lines: {
    programName: string;
    /** Minor units as a decimal string: props stay plain JSON. */
    amountMinor: string;
    currency: string;
    entries: number;
  }[];
};

export const commissionApprovedPreviewProps: CommissionApprovedProps = {
  lines: [{ programName: "Northwind Learning", amountMinor: "4250", currency: "EUR", entries: 3 }],
};

const amountOf = (locale: Locale, line: CommissionApprovedProps["lines"][number]) =>
  formatMoney(BigInt(line.amountMinor), line.currency, locale);

export function commissionApprovedSubject(locale: Locale, props: CommissionApprovedProps) {
  const t = translator(locale);
  const [only] = props.lines;
  return props.lines.length === 1 && only
    ? t("emails.commissionApproved.subject", {
        amount: amountOf(locale, only),
        program: only.programName,
      })
    : t("emails.commissionApproved.subjectMany", { count: props.lines.length });
}

export default function CommissionApprovedEmail({
  locale,
  ...props
}: CommissionApprovedProps & { locale: Locale }) {
  const t = translator(locale);
  return (
    <EmailLayout
      locale={locale}
      preview={commissionApprovedSubject(locale, props)}
      footer={t("emails.footer")}
    >
      <Text style={textStyle}>{t("emails.commissionApproved.intro")}</Text>
      {props.lines.map((line) => (
        <Text key={line.programName} style={textStyle}>
          {t("emails.commissionApproved.line", {
            program: line.programName,
            amount: amountOf(locale, line),
            count: line.entries,
          })}
        </Text>
      ))}
      <Text style={textStyle}>{t("emails.commissionApproved.payable")}</Text>
      <Button href={appUrl("/portal/earnings")} style={buttonStyle}>
        {t("emails.commissionApproved.button")}
      </Button>
    </EmailLayout>
  );
}
