import { getFormatter, getTranslations } from "next-intl/server";
import { PageNav } from "~/components/ui/page-nav";
import { Badge } from "~/components/ui/status-badge";
import { Cell, Table } from "~/components/ui/table";
import { HideQuestionButton } from "./manage-controls";

type Questions = {
  items: { id: string; body: string; votes: number; hidden: boolean; askedBy: string | null }[];
  page: number;
  pageCount: number;
};

/** The console's question board: every question by votes, who asked, hide or show. */
export async function QuestionsSection({
  programId,
  questions,
  pageHref,
}: {
  programId: string;
  questions: Questions;
  pageHref: (page: number) => string;
}) {
  const t = await getTranslations("webinars.manage");
  const format = await getFormatter();
  return (
    <section aria-labelledby="questions" className="space-y-3">
      <h2 id="questions" className="font-semibold">
        {t("questions")}
      </h2>
      {questions.items.length === 0 ? (
        <p className="text-sm text-zinc-600">{t("noQuestions")}</p>
      ) : (
        <Table
          caption={t("questions")}
          headers={[
            { label: t("colVotes"), align: "right" },
            { label: t("colQuestion") },
            { label: t("colAskedBy") },
            { label: t("colActions") },
          ]}
        >
          {questions.items.map((question) => (
            <tr key={question.id} className={question.hidden ? "bg-zinc-50" : undefined}>
              <Cell numeric>{format.number(question.votes)}</Cell>
              <Cell className="min-w-48 break-words">
                {question.body}
                {question.hidden && (
                  <span className="ml-2">
                    <Badge tone="zinc">{t("hidden")}</Badge>
                  </span>
                )}
              </Cell>
              <Cell className="text-zinc-700">{question.askedBy}</Cell>
              <Cell>
                <HideQuestionButton
                  programId={programId}
                  questionId={question.id}
                  hidden={question.hidden}
                />
              </Cell>
            </tr>
          ))}
        </Table>
      )}
      {questions.pageCount > 1 && (
        <PageNav
          label={t("questionPages")}
          summary={t("pageOf", { page: questions.page, count: questions.pageCount })}
          previous={
            questions.page > 1 ? { href: pageHref(questions.page - 1), label: t("previous") } : null
          }
          next={
            questions.page < questions.pageCount
              ? { href: pageHref(questions.page + 1), label: t("next") }
              : null
          }
        />
      )}
    </section>
  );
}
