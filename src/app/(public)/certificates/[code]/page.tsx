import type { Metadata } from "next";
import { getFormatter, getTranslations } from "next-intl/server";
import { notFound } from "next/navigation";
import { cache } from "react";
import { certificateUrl } from "~/components/academy/certificate/certificate-url";
import { PrintButton } from "~/components/academy/certificate/print-button";
import { getDb } from "~/server/db/client";
import { getCertificate } from "~/server/services/academy/get-certificate";

export const dynamic = "force-dynamic";

const load = cache(async (code: string) => getCertificate(getDb(), code));

export async function generateMetadata(props: {
  params: Promise<{ code: string }>;
}): Promise<Metadata> {
  const { code } = await props.params;
  const certificate = await load(code);
  const t = await getTranslations("academyUi.certificate");
  return {
    title: certificate
      ? t("metaTitle", { name: certificate.partnerName, course: certificate.courseTitle })
      : t("notFound"),
    // Shareable by link, but a partner's name is not for search engines.
    robots: { index: false, follow: false },
  };
}

/** A certificate anyone with the link can check: who completed which course, and when. */
export default async function CertificatePage(props: { params: Promise<{ code: string }> }) {
  const { code } = await props.params;
  const certificate = await load(code);
  if (!certificate) notFound();
  const t = await getTranslations("academyUi.certificate");
  const format = await getFormatter();
  const url = await certificateUrl(code);

  return (
    <div className="space-y-6">
      {/* Paper gets the certificate alone: no site header, no buttons. */}
      <style>{"@media print { body header { display: none !important; } }"}</style>
      <div className="flex justify-end print:hidden">
        <PrintButton />
      </div>
      <article
        data-testid="certificate"
        className="mx-auto max-w-3xl rounded-lg border-4 border-double border-brand-600 bg-white px-6 py-10 text-center shadow-sm sm:px-12 print:max-w-none print:border-zinc-800 print:shadow-none"
      >
        <p className="text-sm font-semibold uppercase tracking-widest text-brand-700 print:text-zinc-800">
          {certificate.programName}
        </p>
        <h1 className="mt-4 text-3xl font-bold text-zinc-900">{t("title")}</h1>
        <p className="mt-6 text-zinc-700">{t("certifies")}</p>
        <p className="mt-2 text-2xl font-semibold text-zinc-900" data-testid="certificate-name">
          {certificate.partnerName}
        </p>
        <p className="mt-4 text-zinc-700">{t("completed")}</p>
        <p className="mt-2 text-xl font-semibold text-zinc-900" data-testid="certificate-course">
          {certificate.courseTitle}
        </p>
        <p className="mt-6 text-zinc-700">
          {t("on", { date: format.dateTime(certificate.completedAt, { dateStyle: "long" }) })}
        </p>
        <div className="mt-10 border-t border-zinc-200 pt-4 text-xs text-zinc-600">
          <p>{t("verify")}</p>
          <p className="mt-1 break-all font-mono text-zinc-800" data-testid="certificate-url">
            {url}
          </p>
        </div>
      </article>
    </div>
  );
}
