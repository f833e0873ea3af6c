import { getFormatter, getTranslations } from "next-intl/server";
import { ApplyForm } from "~/components/programs/partner/apply-form";
import { EnrollmentBadge } from "~/components/programs/partner/enrollment-badge";
import { CreativesProgramCard } from "~/components/creatives/partner/creatives-program-card";
import { LinksCard } from "~/components/links/partner/links-card";
import { Card, PageHeader } from "~/components/ui/card";
import { loadProgramPage } from "./program-page";

export default async function ProgramPage(props: {
  params: Promise<{ slug: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const { slug } = await props.params;
  const { ref } = await props.searchParams;
  const { program, terms, state } = await loadProgramPage(slug);
  const t = await getTranslations("partner.program");
  const format = await getFormatter();
  return (
    <div className="space-y-6">
      <PageHeader
        title={program.name}
        description={program.description}
        actions={<EnrollmentBadge state={state} />}
      />
      <div className="grid grid-cols-1 gap-6 lg:grid-cols-3">
        <div className="space-y-6 lg:col-span-2">
          {state === "active" && <LinksCard slug={program.slug} />}
          {state === "active" && <CreativesProgramCard slug={program.slug} />}
          <Card>
            <h2 className="font-semibold" data-testid="state-message">
              {t(`stateMessage.${state}`)}
            </h2>
            {(state === "none" || state === "needsTerms") && (
              <div className="mt-4">
                <ApplyForm
                  programId={program.id}
                  termsVersion={terms.version}
                  mode={state === "none" ? "apply" : "reaccept"}
                  referralCode={typeof ref === "string" ? ref.slice(0, 64) : undefined}
                />
              </div>
            )}
          </Card>
          <Card>
            <h2 className="font-semibold">
              {t("terms", { version: terms.version })}{" "}
              <span className="text-sm font-normal text-zinc-500">
                {format.dateTime(terms.publishedAt, { dateStyle: "medium" })}
              </span>
            </h2>
            <div className="mt-3 max-h-96 overflow-y-auto whitespace-pre-wrap text-sm text-zinc-700">
              {terms.body}
            </div>
          </Card>
        </div>
        <Card className="h-fit">
          <h2 className="font-semibold">{t("facts")}</h2>
          <dl className="mt-3 space-y-2 text-sm">
            <div className="flex justify-between gap-3">
              <dt className="text-zinc-600">{t("currency")}</dt>
              <dd>{program.currency}</dd>
            </div>
            <div className="flex justify-between gap-3">
              <dt className="text-zinc-600">{t("cookieWindow")}</dt>
              <dd>{t("days", { count: program.cookieWindowDays })}</dd>
            </div>
            <div className="flex justify-between gap-3">
              <dt className="text-zinc-600">{t("holdPeriod")}</dt>
              <dd>{t("days", { count: program.holdPeriodDays })}</dd>
            </div>
            <div>
              <dt className="text-zinc-600">{t("domains")}</dt>
              <dd className="mt-1 break-words">{program.allowedDomains.join(", ")}</dd>
            </div>
          </dl>
        </Card>
      </div>
    </div>
  );
}
