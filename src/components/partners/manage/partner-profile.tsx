import { getFormatter, getTranslations } from "next-intl/server";
import Link from "next/link";
import type { ReactNode } from "react";
import { Card } from "~/components/ui/card";

type Detail = {
  email: string;
  name: string | null;
  referralCode: string;
  pitch: string;
  acceptedTermsVersion: number;
  appliedAt: Date;
  decidedAt: Date | null;
  decidedBy: string | null;
  referrer: { id: string; name: string | null; email: string | null } | null;
  recruits: number;
};

/** Who the partner is and how they came to the program. */
export async function PartnerProfile(props: { slug: string; detail: Detail }) {
  const t = await getTranslations("manager.partners.detail");
  const format = await getFormatter();
  const { detail } = props;
  const date = (at: Date) => format.dateTime(at, { dateStyle: "medium", timeStyle: "short" });
  const rows: [string, ReactNode][] = [
    [
      t("email"),
      <span key="email" className="break-all">
        {detail.email}
      </span>,
    ],
    [
      t("referralCode"),
      <code key="code" className="rounded bg-zinc-100 px-1">
        {detail.referralCode}
      </code>,
    ],
    [
      t("referredBy"),
      detail.referrer ? (
        <Link
          key="referrer"
          href={`/manage/${props.slug}/partners/${detail.referrer.id}`}
          className="text-brand-700 underline"
        >
          {detail.referrer.name ?? detail.referrer.email}
        </Link>
      ) : (
        t("referredByNone")
      ),
    ],
    [t("recruits"), format.number(detail.recruits)],
    [t("appliedAt"), date(detail.appliedAt)],
    [
      t("decidedAt"),
      detail.decidedAt
        ? detail.decidedBy
          ? t("decidedAtBy", { date: date(detail.decidedAt), manager: detail.decidedBy })
          : date(detail.decidedAt)
        : t("notDecided"),
    ],
    [t("termsVersion"), t("termsVersionValue", { version: detail.acceptedTermsVersion })],
  ];
  return (
    <Card>
      <h3 className="font-semibold">{t("profile")}</h3>
      <dl className="mt-3 grid gap-x-4 gap-y-2 text-sm sm:grid-cols-[auto_1fr]">
        {rows.map(([label, value]) => (
          <div key={label} className="contents">
            <dt className="text-zinc-600">{label}</dt>
            <dd className="text-zinc-900">{value}</dd>
          </div>
        ))}
      </dl>
      {detail.pitch && (
        <div className="mt-4 text-sm">
          <h4 className="text-zinc-600">{t("pitch")}</h4>
          <p className="mt-1 whitespace-pre-line text-zinc-900">{detail.pitch}</p>
        </div>
      )}
    </Card>
  );
}
