import { TRPCError } from "@trpc/server";
import { getTranslations } from "next-intl/server";
import Link from "next/link";
import { notFound, redirect } from "next/navigation";
import { z } from "zod";
import { contestToForm } from "~/components/contests/manage/contest-form-values";
import { ContestForm } from "~/components/contests/manage/contest-form";
import { managedProgram } from "~/components/programs/manage/managed-program";

export default async function EditContestPage(props: {
  params: Promise<{ slug: string; contestId: string }>;
}) {
  const { slug, contestId: rawId } = await props.params;
  const contestId = z.uuid().safeParse(rawId);
  if (!contestId.success) notFound();
  const { caller, program } = await managedProgram(slug);
  const contest = await caller.manage.contests
    .get({ programId: program.id, contestId: contestId.data })
    .catch((error: unknown) => {
      if (error instanceof TRPCError && error.code === "NOT_FOUND") notFound();
      throw error;
    });
  const page = `/manage/${program.slug}/contests/${contest.id}`;
  // Launched rules were promised to partners: only drafts are edited.
  if (contest.status !== "draft") redirect(page);
  const t = await getTranslations("contestsUi.manage");
  return (
    <div className="space-y-4">
      <Link href={page} className="text-sm text-brand-700 underline">
        {t("backToContest", { name: contest.name })}
      </Link>
      <h2 className="text-lg font-semibold">{t("editTitle")}</h2>
      <ContestForm
        programId={program.id}
        slug={program.slug}
        currency={program.currency}
        contestId={contest.id}
        initial={contestToForm(contest, program.currency)}
      />
    </div>
  );
}
