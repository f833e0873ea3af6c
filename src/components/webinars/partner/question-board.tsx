"use client";

import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useTranslations } from "next-intl";
import { useId, useState } from "react";
import { Button } from "~/components/ui/button";
import { Field, Textarea } from "~/components/ui/field";
import { FormError } from "~/components/ui/form-error";
import { useTRPC } from "~/lib/trpc/client";
import { fieldErrors } from "~/lib/trpc/form-errors";

/** Questions before the webinar: ask one, upvote others', most votes first. */
export function QuestionBoard({ webinarId, open }: { webinarId: string; open: boolean }) {
  const t = useTranslations("webinars.questions");
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const id = useId();
  const [page, setPage] = useState(1);
  const [body, setBody] = useState("");
  const questions = useQuery(trpc.partner.webinars.questions.queryOptions({ webinarId, page }));
  const refresh = () =>
    queryClient.invalidateQueries({ queryKey: trpc.partner.webinars.questions.pathKey() });
  const ask = useMutation(
    trpc.partner.webinars.askQuestion.mutationOptions({
      onSuccess: () => {
        setBody("");
        void refresh();
      },
    }),
  );
  const vote = useMutation(trpc.partner.webinars.vote.mutationOptions({ onSuccess: refresh }));
  const unvote = useMutation(trpc.partner.webinars.unvote.mutationOptions({ onSuccess: refresh }));
  const data = questions.data;
  return (
    <div className="space-y-3">
      <h3 className="text-sm font-semibold">{t("title")}</h3>
      {open && (
        <form
          className="space-y-2"
          noValidate
          onSubmit={(event) => {
            event.preventDefault();
            ask.mutate({ webinarId, body });
          }}
        >
          <FormError message={ask.error?.message} />
          <Field
            id={`${id}-q`}
            label={t("ask")}
            hint={t("hint")}
            error={fieldErrors(ask.error).body}
          >
            <Textarea
              id={`${id}-q`}
              rows={2}
              maxLength={1000}
              value={body}
              onChange={(event) => setBody(event.target.value)}
            />
          </Field>
          <Button type="submit" variant="secondary" disabled={ask.isPending || !body.trim()}>
            {t("submit")}
          </Button>
        </form>
      )}
      <FormError
        message={questions.error?.message ?? vote.error?.message ?? unvote.error?.message}
      />
      {data && data.items.length === 0 && <p className="text-sm text-zinc-600">{t("empty")}</p>}
      {data && data.items.length > 0 && (
        <ul className="divide-y divide-zinc-100 rounded-md border border-zinc-200">
          {data.items.map((question) => (
            <li key={question.id} className="flex items-start gap-3 p-3 text-sm">
              <Button
                variant="secondary"
                className="min-w-16 shrink-0 px-2"
                aria-pressed={question.voted}
                aria-label={t(question.voted ? "unvote" : "vote", { votes: question.votes })}
                disabled={!open || question.mine || vote.isPending || unvote.isPending}
                onClick={() => (question.voted ? unvote : vote).mutate({ questionId: question.id })}
              >
                <span aria-hidden="true">▲ {question.votes}</span>
              </Button>
              <p className="min-w-0 break-words pt-2">
                {question.body}
                {question.mine && <span className="ml-2 text-xs text-zinc-600">{t("mine")}</span>}
              </p>
            </li>
          ))}
        </ul>
      )}
      {data && data.pageCount > 1 && (
        <div className="flex gap-3 text-sm">
          <Button variant="secondary" disabled={page <= 1} onClick={() => setPage(page - 1)}>
            {t("previous")}
          </Button>
          <Button
            variant="secondary"
            disabled={page >= data.pageCount}
            onClick={() => setPage(page + 1)}
          >
            {t("next")}
          </Button>
        </div>
      )}
    </div>
  );
}
