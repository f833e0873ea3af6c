import { TRPCError } from "@trpc/server";
import { getTranslations } from "next-intl/server";
import Link from "next/link";
import { notFound } from "next/navigation";
import { z } from "zod";
import {
  CancelContestButton,
  LaunchContestButton,
} from "~/components/contests/manage/contest-actions";
import { ContestRules } from "~/components/contests/contest-rules";
import { ContestStatusBadge } from "~/components/contests/contest-status";
import { ManagerLeaderboard } from "~/components/contests/manage/manager-leaderboard";
import { managedProgram } from "~/components/programs/manage/managed-program";
import { buttonClass } from "~/components/ui/button";
import { Card } from "~/components/ui/card";

const querySchema = z.object({
  page: z.coerce.number().int().min(1).max(10_000).catch(1).default(1),
  league: z.string().max(40).optional().catch(undefined),
});

export default async function ContestPage(props: {
  params: Promise<{ slug: string; contestId: string }>;
  searchParams: Promise<Record<string, string | undefined>>;
}) {
  const { slug, contestId: rawId } = await props.params;
  const contestId = z.uuid().safeParse(rawId);
  if (!contestId.success) notFound();
  const query = querySchema.parse(await props.searchParams);
  const { caller, program } = await managedProgram(slug);
  const ref = { programId: program.id, contestId: contestId.data };
  const contest = await caller.manage.contests.get(ref).catch((error: unknown) => {
    // Another program's contest is "not found" like a missing one.
    if (error instanceof TRPCError && error.code === "NOT_FOUND") notFound();
    throw error;
  });
  const hasBoard = contest.status !== "draft" && contest.status !== "cancelled";
  const board = hasBoard
    ? await caller.manage.contests.leaderboard({ ...ref, league: query.league, page: query.page })
    : null;
  const t = await getTranslations("contestsUi.manage");
  const base = `/manage/${program.slug}/contests`;
  const cancellable = !["final", "cancelled"].includes(contest.status);

  return (
    <div className="space-y-6">
      <div>
        <Link href={base} className="text-sm text-brand-700 underline">
          {t("allContests")}
        </Link>
        <div className="mt-2 flex flex-wrap items-center gap-3">
          <h2 className="text-xl font-semibold" data-testid="contest-name">
            {contest.name}
          </h2>
          <span data-testid="contest-status">
            <ContestStatusBadge status={contest.status} />
          </span>
        </div>
        {contest.description && (
          <p className="mt-2 max-w-3xl whitespace-pre-line text-sm text-zinc-700">
            {contest.description}
          </p>
        )}
      </div>
      {(contest.status === "draft" || cancellable) && (
        <Card className="space-y-3">
          <h3 className="font-semibold">{t("actions")}</h3>
          {contest.status === "draft" && (
            <>
              <p className="text-sm text-zinc-600">{t("draftNote")}</p>
              <div className="flex flex-wrap gap-3">
                <Link href={`${base}/${contest.id}/edit`} className={buttonClass("secondary")}>
                  {t("edit")}
                </Link>
              </div>
              <LaunchContestButton
                programId={program.id}
                contestId={contest.id}
                name={contest.name}
              />
            </>
          )}
          {cancellable && (
            <CancelContestButton
              programId={program.id}
              contestId={contest.id}
              name={contest.name}
            />
          )}
        </Card>
      )}
      {board && (
        <ManagerLeaderboard
          board={board}
          currency={program.currency}
          hrefFor={{ base: `${base}/${contest.id}`, league: query.league }}
        />
      )}
      <ContestRules contest={contest} currency={program.currency} audience="manager" level={3} />
    </div>
  );
}
