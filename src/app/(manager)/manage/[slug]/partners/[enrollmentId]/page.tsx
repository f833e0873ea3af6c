import { TRPCError } from "@trpc/server";
import { getTranslations } from "next-intl/server";
import Link from "next/link";
import { notFound } from "next/navigation";
import { z } from "zod";
import { DecisionButtons } from "~/components/partners/manage/decision-buttons";
import { managedProgram } from "~/components/programs/manage/managed-program";
import { PartnerBalance } from "~/components/partners/manage/partner-balance";
import { PartnerConversions } from "~/components/partners/manage/partner-conversions";
import { PartnerLinks } from "~/components/partners/manage/partner-links";
import { PartnerNotes } from "~/components/partners/manage/partner-notes";
import { PartnerPerformance } from "~/components/partners/manage/partner-performance";
import { PartnerProfile } from "~/components/partners/manage/partner-profile";
import { statusTone } from "~/components/partners/manage/status-tone";
import { TierForm } from "~/components/partners/manage/tier-form";
import { Card } from "~/components/ui/card";
import { Badge } from "~/components/ui/status-badge";

const querySchema = z.object({
  linksPage: z.coerce.number().int().min(1).max(10_000).catch(1).default(1),
  conversionsCursor: z.uuid().optional().catch(undefined),
  notesCursor: z.uuid().optional().catch(undefined),
});

export default async function PartnerPage(props: {
  params: Promise<{ slug: string; enrollmentId: string }>;
  searchParams: Promise<Record<string, string | undefined>>;
}) {
  const { slug, enrollmentId: rawId } = await props.params;
  const enrollmentId = z.uuid().safeParse(rawId);
  if (!enrollmentId.success) notFound();
  const query = querySchema.parse(await props.searchParams);
  const { caller, program } = await managedProgram(slug);
  const ref = { programId: program.id, enrollmentId: enrollmentId.data };
  const [detail, stats, links, conversions, notes] = await Promise.all([
    caller.manage.partners.get(ref),
    caller.manage.partners.stats(ref),
    caller.manage.partners.links({ ...ref, page: query.linksPage }),
    caller.manage.partners.conversions({ ...ref, cursor: query.conversionsCursor }),
    caller.manage.partners.notes({ ...ref, cursor: query.notesCursor }),
  ]).catch((error: unknown) => {
    // Another program's partner is "not found" like a missing one.
    if (error instanceof TRPCError && error.code === "NOT_FOUND") notFound();
    throw error;
  });
  const t = await getTranslations("manager.partners.detail");
  const tState = await getTranslations("manager.status");
  const base = `/manage/${slug}/partners/${detail.id}`;
  const href = (changes: Partial<Record<keyof typeof query, string | number | undefined>>) => {
    const params = new URLSearchParams();
    const merged = { ...query, ...changes };
    for (const [key, value] of Object.entries(merged)) {
      if (value && !(key === "linksPage" && value === 1)) params.set(key, String(value));
    }
    return `${base}${params.size ? `?${params}` : ""}`;
  };

  return (
    <div className="space-y-6">
      <div>
        <Link href={`/manage/${slug}/partners`} className="text-sm text-brand-700 underline">
          {t("back")}
        </Link>
        <div className="mt-2 flex flex-wrap items-center gap-3">
          <h2 className="text-xl font-semibold">{detail.name ?? detail.email}</h2>
          <Badge tone={statusTone[detail.status]}>{tState(detail.status)}</Badge>
          {detail.tierKey && <Badge tone="blue">{t("tierBadge", { tier: detail.tierKey })}</Badge>}
        </div>
      </div>
      <div className="grid grid-cols-1 gap-6 lg:grid-cols-3">
        <div className="space-y-6 lg:col-span-2">
          <PartnerPerformance {...stats} />
          <PartnerLinks
            currency={program.currency}
            {...links}
            pageHref={(page) => href({ linksPage: page })}
          />
          <PartnerConversions
            items={conversions.items}
            olderHref={
              conversions.nextCursor ? href({ conversionsCursor: conversions.nextCursor }) : null
            }
            newestHref={query.conversionsCursor ? href({ conversionsCursor: undefined }) : null}
          />
        </div>
        <div className="space-y-6">
          <Card className="space-y-4">
            <h3 className="font-semibold">{t("standing")}</h3>
            <DecisionButtons
              programId={program.id}
              enrollmentId={detail.id}
              status={detail.status}
              partner={detail.email}
            />
            <TierForm
              programId={program.id}
              enrollmentId={detail.id}
              tierKey={detail.tierKey}
              options={detail.tierOptions}
            />
          </Card>
          <PartnerBalance balance={detail.balance} currency={program.currency} />
          <PartnerProfile slug={slug} detail={detail} />
          <PartnerNotes
            programId={program.id}
            enrollmentId={detail.id}
            items={notes.items}
            olderHref={notes.nextCursor ? href({ notesCursor: notes.nextCursor }) : null}
            newestHref={query.notesCursor ? href({ notesCursor: undefined }) : null}
          />
        </div>
      </div>
    </div>
  );
}
