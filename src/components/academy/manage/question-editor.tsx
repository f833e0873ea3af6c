"use client";

import { useTranslations } from "next-intl";
import { Button } from "~/components/ui/button";
import { Field, Input, Select, Textarea } from "~/components/ui/field";
import {
  newOption,
  setCorrect,
  setKind,
  type QuestionDraft,
} from "~/components/academy/lesson-form-values";

/** One quiz question: its kind, prompt, options with their right-answer flags, explanation. */
export function QuestionEditor(props: {
  idPrefix: string;
  index: number;
  question: QuestionDraft;
  errors: Record<string, string>;
  canRemove: boolean;
  onChange: (question: QuestionDraft) => void;
  onRemove: () => void;
}) {
  const t = useTranslations("academyUi.editor.question");
  const { question, idPrefix: id } = props;
  const number = props.index + 1;
  const optionsError = props.errors.options;
  const update = (patch: Partial<QuestionDraft>) => props.onChange({ ...question, ...patch });

  return (
    <fieldset
      className="space-y-3 rounded-md border border-zinc-200 p-3"
      data-testid="question-editor"
    >
      <legend className="px-1 text-sm font-semibold">{t("legend", { number })}</legend>
      <Field id={`${id}-kind`} label={t("kind")}>
        <Select
          id={`${id}-kind`}
          value={question.kind}
          onChange={(event) =>
            props.onChange(setKind(question, event.target.value as "single" | "multiple"))
          }
        >
          <option value="single">{t("single")}</option>
          <option value="multiple">{t("multiple")}</option>
        </Select>
      </Field>
      <Field id={`${id}-prompt`} label={t("prompt")} error={props.errors.prompt}>
        <Textarea
          id={`${id}-prompt`}
          rows={2}
          maxLength={1000}
          value={question.prompt}
          invalid={!!props.errors.prompt}
          onChange={(event) => update({ prompt: event.target.value })}
        />
      </Field>
      <fieldset
        className="space-y-2"
        aria-describedby={optionsError ? `${id}-options-error` : `${id}-options-hint`}
      >
        <legend className="text-sm font-medium text-zinc-800">{t("options")}</legend>
        <p id={`${id}-options-hint`} className="text-xs text-zinc-600">
          {question.kind === "single" ? t("singleHint") : t("multipleHint")}
        </p>
        {question.options.map((option, index) => (
          <div key={option.key} className="flex flex-wrap items-center gap-2">
            <label className="sr-only" htmlFor={`${id}-option-${option.key}`}>
              {t("optionLabel", { number: index + 1 })}
            </label>
            <Input
              id={`${id}-option-${option.key}`}
              className="mt-0 min-w-0 flex-1"
              maxLength={300}
              value={option.label}
              onChange={(event) =>
                update({
                  options: question.options.map((item) =>
                    item.key === option.key ? { ...item, label: event.target.value } : item,
                  ),
                })
              }
            />
            <label className="flex items-center gap-1 text-sm text-zinc-800">
              <input
                type={question.kind === "single" ? "radio" : "checkbox"}
                name={`${id}-correct`}
                className="size-4"
                checked={option.correct}
                onChange={(event) =>
                  props.onChange(setCorrect(question, option.key, event.target.checked))
                }
              />
              {t("correct")}{" "}
              <span className="sr-only">{t("optionNumber", { number: index + 1 })}</span>
            </label>
            <Button
              type="button"
              variant="secondary"
              className="min-h-8 px-3 py-1"
              disabled={question.options.length <= 2}
              aria-label={t("removeOptionNamed", { number: index + 1 })}
              onClick={() =>
                update({ options: question.options.filter((item) => item.key !== option.key) })
              }
            >
              {t("removeOption")}
            </Button>
          </div>
        ))}
        {optionsError && (
          <p id={`${id}-options-error`} role="alert" className="text-xs text-red-700">
            {optionsError}
          </p>
        )}
        <Button
          type="button"
          variant="secondary"
          className="min-h-8 px-3 py-1"
          disabled={question.options.length >= 10}
          onClick={() => update({ options: [...question.options, newOption()] })}
        >
          {t("addOption")}
        </Button>
      </fieldset>
      <Field id={`${id}-explanation`} label={t("explanation")} hint={t("explanationHint")}>
        <Textarea
          id={`${id}-explanation`}
          rows={2}
          maxLength={2000}
          value={question.explanation}
          onChange={(event) => update({ explanation: event.target.value })}
        />
      </Field>
      {props.canRemove && (
        <Button
          type="button"
          variant="danger"
          className="min-h-8 px-3 py-1"
          onClick={props.onRemove}
        >
          {t("remove", { number })}
        </Button>
      )}
    </fieldset>
  );
}
