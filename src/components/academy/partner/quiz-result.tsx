"use client";

import { useTranslations } from "next-intl";
import Link from "next/link";
import { useEffect, useRef } from "react";
import { Button, buttonClass } from "~/components/ui/button";
import { cn } from "~/lib/cn";
import type { QuizAnswers } from "~/components/academy/quiz-answers";
import type { QuizQuestionView } from "./quiz-types";

export type QuizOutcome = {
  scorePercent: number;
  passed: boolean;
  results: {
    questionId: string;
    correct: boolean;
    correctOptionIds: string[];
    explanation: string;
  }[];
  attemptsLeft: number | null;
  courseCompleted: boolean;
  pointsAwarded: number;
};

/** What an attempt earned: the score, every question with the right answer and why. */
export function QuizResult(props: {
  outcome: QuizOutcome;
  questions: QuizQuestionView[];
  answers: QuizAnswers;
  nextHref: string;
  onRetry: () => void;
}) {
  const t = useTranslations("academyUi.quiz.result");
  const { outcome } = props;
  const heading = useRef<HTMLHeadingElement>(null);
  // The form was replaced: move focus to the verdict so keyboard and screen-reader users
  // land on it instead of at the top of the page.
  useEffect(() => heading.current?.focus(), []);
  const labels = (question: QuizQuestionView, ids: readonly string[]) =>
    question.options
      .filter((option) => ids.includes(option.id))
      .map((option) => option.label)
      .join(", ") || t("nothing");
  const canRetry = !outcome.passed && outcome.attemptsLeft !== 0;

  return (
    <div className="space-y-4" data-testid="quiz-result">
      <div
        className={cn(
          "rounded-lg p-4",
          outcome.passed ? "bg-green-50 text-green-900" : "bg-amber-50 text-amber-900",
        )}
      >
        <h2 ref={heading} tabIndex={-1} className="text-lg font-semibold">
          {outcome.passed ? t("passed") : t("failed")}
        </h2>
        <p className="mt-1 text-sm" role="status">
          {t("score", { score: outcome.scorePercent })}{" "}
          {!outcome.passed &&
            (outcome.attemptsLeft === null
              ? ""
              : t("attemptsLeft", { count: outcome.attemptsLeft }))}
        </p>
      </div>
      <ol className="space-y-3">
        {props.questions.map((question) => {
          const result = outcome.results.find((item) => item.questionId === question.id);
          if (!result) return null;
          return (
            <li
              key={question.id}
              data-testid="quiz-question-result"
              className="rounded-lg border border-zinc-200 bg-white p-4 text-sm"
            >
              <p className="font-medium text-zinc-900">{question.prompt}</p>
              <p
                className={cn(
                  "mt-1 font-medium",
                  result.correct ? "text-green-800" : "text-red-700",
                )}
              >
                {result.correct ? t("right") : t("wrong")}
              </p>
              <dl className="mt-2 space-y-1 text-zinc-700">
                <div>
                  <dt className="inline font-medium">{t("yourAnswer")} </dt>
                  <dd className="inline">{labels(question, props.answers[question.id] ?? [])}</dd>
                </div>
                {!result.correct && (
                  <div>
                    <dt className="inline font-medium">{t("rightAnswer")} </dt>
                    <dd className="inline">{labels(question, result.correctOptionIds)}</dd>
                  </div>
                )}
              </dl>
              {result.explanation && (
                <p
                  className="mt-2 rounded-md bg-zinc-50 p-2 text-zinc-800"
                  data-testid="explanation"
                >
                  {result.explanation}
                </p>
              )}
            </li>
          );
        })}
      </ol>
      <div className="flex flex-wrap gap-2">
        {outcome.passed ? (
          <Link href={props.nextHref} className={buttonClass()}>
            {outcome.courseCompleted ? t("finish") : t("continue")}
          </Link>
        ) : canRetry ? (
          <Button type="button" onClick={props.onRetry}>
            {t("retry")}
          </Button>
        ) : (
          <p className="text-sm text-zinc-700">{t("noAttempts")}</p>
        )}
      </div>
    </div>
  );
}
