import { TRPCError } from "@trpc/server";
import { getFormatter, getTranslations } from "next-intl/server";
import Link from "next/link";
import { notFound } from "next/navigation";
import { z } from "zod";
import { ContestLive } from "~/components/contests/partner/contest-live";
import { ContestRules } from "~/components/contests/contest-rules";
import { ContestStatusBadge, utcDayRange } from "~/components/contests/contest-status";
import { api } from "~/server/api/server-caller";

export default async function PartnerContestPage(props: {
  params: Promise<{ contestId: string }>;
}) {
  const { contestId: rawId } = await props.params;
  const contestId = z.uuid().safeParse(rawId);
  if (!contestId.success) notFound();
  const caller = await api();
  const [initial, programs] = await Promise.all([
    caller.partner.contests.get({ contestId: contestId.data }),
    caller.partner.programs.list(),
  ]).catch((error: unknown) => {
    // Another program's contest, or one the partner is not in, is "not found" like a missing one.
    if (error instanceof TRPCError && error.code === "NOT_FOUND") notFound();
    throw error;
  });
  const { contest } = initial;
  const program = programs.find((p) => p.id === contest.programId);
  if (!program) notFound();
  const t = await getTranslations("contestsUi.portal");
  const format = await getFormatter();

  return (
    <div className="space-y-6">
      <div>
        <Link href="/portal/contests" className="text-sm text-brand-700 underline">
          {t("allContests")}
        </Link>
        <div className="mt-2 flex flex-wrap items-center gap-3">
          <h1 className="text-2xl font-bold text-zinc-900">{contest.name}</h1>
          <ContestStatusBadge status={initial.status} />
        </div>
        <p className="mt-1 text-sm text-zinc-600">
          {t("programWindow", {
            program: program.name,
            window: utcDayRange(format, contest.startsOn, contest.endsOn),
          })}
        </p>
        {contest.description && (
          <p className="mt-2 max-w-3xl whitespace-pre-line text-sm text-zinc-700">
            {contest.description}
          </p>
        )}
      </div>
      <ContestLive initial={initial} currency={program.currency} />
      <ContestRules contest={contest} currency={program.currency} audience="partner" level={2} />
    </div>
  );
}
