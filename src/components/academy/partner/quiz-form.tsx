"use client";

import { useMutation } from "@tanstack/react-query";
import { useTranslations } from "next-intl";
import { useId, useState } from "react";
import { Button } from "~/components/ui/button";
import { FormError } from "~/components/ui/form-error";
import { chooseOption, unanswered, type QuizAnswers } from "~/components/academy/quiz-answers";
import { useTRPC } from "~/lib/trpc/client";
import { QuizResult, type QuizOutcome } from "./quiz-result";
import type { QuizQuestionView } from "./quiz-types";

/**
 * A quiz: one fieldset per question (radios for single choice, checkboxes for multiple).
 * After an attempt the result replaces the form: score, each question right or wrong with its
 * explanation, and a retry while attempts are left.
 */
export function QuizForm(props: {
  lessonId: string;
  questions: QuizQuestionView[];
  passMarkPercent: number;
  attemptsLeft: number | null;
  nextHref: string;
  courseHref: string;
}) {
  const t = useTranslations("academyUi.quiz");
  const trpc = useTRPC();
  const id = useId();
  const [answers, setAnswers] = useState<QuizAnswers>({});
  const [missing, setMissing] = useState<string[]>([]);
  const [outcome, setOutcome] = useState<QuizOutcome | null>(null);
  const [attemptsLeft, setAttemptsLeft] = useState(props.attemptsLeft);
  const submit = useMutation(
    trpc.partner.academy.submitQuiz.mutationOptions({
      // No refresh here: the page would swap a passed quiz for its summary and the partner
      // would lose the explanations; "Continue" loads fresh pages anyway.
      onSuccess: (result) => {
        setOutcome(result);
        setAttemptsLeft(result.attemptsLeft);
      },
    }),
  );

  if (outcome) {
    return (
      <QuizResult
        outcome={outcome}
        questions={props.questions}
        answers={answers}
        nextHref={
          outcome.courseCompleted
            ? `${props.courseHref}?completed=1&points=${outcome.pointsAwarded}`
            : props.nextHref
        }
        onRetry={() => {
          setOutcome(null);
          setAnswers({});
          submit.reset();
        }}
      />
    );
  }

  if (attemptsLeft === 0) {
    return (
      <p role="status" className="rounded-md bg-amber-50 p-3 text-sm text-amber-900">
        {t("noAttempts")}
      </p>
    );
  }

  return (
    <form
      className="space-y-5"
      aria-label={t("formLabel")}
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        const open = unanswered(answers, props.questions);
        setMissing(open);
        if (open.length > 0) return;
        submit.mutate({ lessonId: props.lessonId, answers });
      }}
    >
      <p className="text-sm text-zinc-600">
        {t("rules", { passMark: props.passMarkPercent })}{" "}
        {attemptsLeft === null ? t("unlimited") : t("attemptsLeft", { count: attemptsLeft })}
      </p>
      <FormError message={submit.error?.message} />
      {missing.length > 0 && (
        <p role="alert" className="rounded-md bg-red-50 p-3 text-sm text-red-800">
          {t("answerAll", { count: missing.length })}
        </p>
      )}
      {props.questions.map((question, index) => {
        const chosen = answers[question.id] ?? [];
        const isMissing = missing.includes(question.id);
        return (
          <fieldset
            key={question.id}
            data-testid="quiz-question"
            className="rounded-lg border border-zinc-200 bg-white p-4"
            aria-describedby={isMissing ? `${id}-${index}-missing` : undefined}
          >
            <legend className="px-1 font-medium text-zinc-900">
              <span className="sr-only">{t("questionNumber", { number: index + 1 })} </span>
              {question.prompt}
            </legend>
            <p className="mb-2 text-xs text-zinc-600">
              {question.kind === "single" ? t("pickOne") : t("pickAll")}
            </p>
            <div className="space-y-2">
              {question.options.map((option) => (
                <label
                  key={option.id}
                  className="flex min-h-10 cursor-pointer items-center gap-3 rounded-md border border-zinc-200 px-3 py-2 text-sm hover:bg-zinc-50"
                >
                  <input
                    type={question.kind === "single" ? "radio" : "checkbox"}
                    name={`${id}-${question.id}`}
                    value={option.id}
                    className="size-4"
                    checked={chosen.includes(option.id)}
                    onChange={(event) =>
                      setAnswers((current) =>
                        chooseOption(current, question, option.id, event.target.checked),
                      )
                    }
                  />
                  {option.label}
                </label>
              ))}
            </div>
            {isMissing && (
              <p id={`${id}-${index}-missing`} className="mt-2 text-xs text-red-700">
                {t("unanswered")}
              </p>
            )}
          </fieldset>
        );
      })}
      <Button type="submit" disabled={submit.isPending}>
        {t("submit")}
      </Button>
    </form>
  );
}
