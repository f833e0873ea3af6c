"use client";

import { useLocale, useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useState, type FormEvent } from "react";
import { Button } from "~/components/ui/button";
import { Field, Input, Select, Textarea } from "~/components/ui/field";
import { FormError } from "~/components/ui/form-error";
import {
  acceptedTypes,
  creativeKinds,
  maxFileBytes,
  sourceOf,
  suggestedLanguages,
  typeLabels,
  type CreativeKind,
} from "~/lib/validation/creatives";
import { languageName } from "./language-name";

type Created = { name: string; notified: number; sanitized: boolean };
type Failure = { error?: string; fieldErrors?: Record<string, string> };

const MiB = 1024 * 1024;

/**
 * Adds a creative. The form posts multipart to /api/manage/{slug}/creatives with
 * XMLHttpRequest, which (unlike fetch) reports upload progress for large files.
 */
export function UploadCreativeForm({ slug }: { slug: string }) {
  const t = useTranslations("creatives.manage.upload");
  const tKind = useTranslations("creatives.manage.kinds");
  const locale = useLocale();
  const router = useRouter();
  const [kind, setKind] = useState<CreativeKind>("banner");
  const [progress, setProgress] = useState<number | null>(null);
  const [failure, setFailure] = useState<Failure | null>(null);
  const [created, setCreated] = useState<Created | null>(null);
  const source = sourceOf(kind);
  const errors = failure?.fieldErrors ?? {};
  const pending = progress !== null;

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = event.currentTarget;
    const data = new FormData(form);
    setCreated(null);
    if (source === "file") {
      const file = data.get("file");
      const max = maxFileBytes[kind as keyof typeof maxFileBytes];
      if (!(file instanceof File) || file.size === 0) {
        setFailure({ fieldErrors: { file: t("fileMissing") } });
        return;
      }
      // The server checks again; this spares a long upload that would be refused.
      if (file.size > max) {
        setFailure({ fieldErrors: { file: t("fileTooLarge", { max: max / MiB }) } });
        return;
      }
    }
    setFailure(null);
    setProgress(0);
    const request = new XMLHttpRequest();
    request.open("POST", `/api/manage/${encodeURIComponent(slug)}/creatives`);
    request.responseType = "json";
    request.upload.onprogress = (progressEvent) => {
      if (progressEvent.lengthComputable) setProgress(progressEvent.loaded / progressEvent.total);
    };
    request.onload = () => {
      setProgress(null);
      const body = request.response as (Failure & Created & { creative?: { name: string } }) | null;
      if (request.status === 201 && body?.creative) {
        setCreated({
          name: body.creative.name,
          notified: body.notified,
          sanitized: body.sanitized,
        });
        form.reset();
        setKind("banner");
        router.refresh();
      } else {
        setFailure({
          error: body?.error ?? t("failed"),
          fieldErrors: body?.fieldErrors,
        });
      }
    };
    request.onerror = () => {
      setProgress(null);
      setFailure({ error: t("networkError") });
    };
    request.send(data);
  }

  const fileKind = source === "file" ? (kind as keyof typeof maxFileBytes) : null;
  return (
    <form className="space-y-4" noValidate onSubmit={submit} aria-busy={pending}>
      <FormError message={failure?.error} />
      <div className="grid gap-4 md:grid-cols-2">
        <Field id="creativeKind" label={t("kind")} error={errors.kind}>
          <Select
            id="creativeKind"
            name="kind"
            value={kind}
            onChange={(event) => {
              setKind(event.target.value as CreativeKind);
              setFailure(null);
            }}
            invalid={!!errors.kind}
          >
            {creativeKinds.map((option) => (
              <option key={option} value={option}>
                {tKind(option)}
              </option>
            ))}
          </Select>
        </Field>
        <Field id="creativeName" label={t("name")} error={errors.name}>
          <Input id="creativeName" name="name" maxLength={120} required invalid={!!errors.name} />
        </Field>
        <Field id="creativeLanguage" label={t("language")} error={errors.language}>
          <Select id="creativeLanguage" name="language" defaultValue="" invalid={!!errors.language}>
            <option value="">{t("noLanguage")}</option>
            {suggestedLanguages.map((code) => (
              <option key={code} value={code}>
                {languageName(code, locale)}
              </option>
            ))}
          </Select>
        </Field>
        <Field
          id="creativeTags"
          label={t("tags")}
          hint={t("tagsHint")}
          error={
            errors.tags ?? Object.entries(errors).find(([key]) => key.startsWith("tags."))?.[1]
          }
        >
          <Input
            id="creativeTags"
            name="tags"
            invalid={Object.keys(errors).some((key) => key.startsWith("tags"))}
          />
        </Field>
      </div>
      <Field id="creativeDescription" label={t("description")} error={errors.description}>
        <Textarea
          id="creativeDescription"
          name="description"
          rows={2}
          maxLength={2000}
          invalid={!!errors.description}
        />
      </Field>
      {fileKind && (
        <Field
          id="creativeFile"
          label={t("file")}
          hint={t("fileHint", {
            types: acceptedTypes[fileKind].map((type) => typeLabels[type] ?? type).join(", "),
            max: maxFileBytes[fileKind] / MiB,
          })}
          error={errors.file}
        >
          <Input
            id="creativeFile"
            name="file"
            type="file"
            accept={acceptedTypes[fileKind].join(",")}
            required
            invalid={!!errors.file}
            className="file:mr-3 file:rounded file:border-0 file:bg-zinc-100 file:px-3 file:py-1"
          />
        </Field>
      )}
      {source === "text" && (
        <Field
          id="creativeBody"
          label={t("body")}
          hint={kind === "email_template" ? t("bodyHintEmail") : t("bodyHint")}
          error={errors.body}
        >
          <Textarea
            id="creativeBody"
            name="body"
            rows={kind === "email_template" ? 10 : 5}
            required
            invalid={!!errors.body}
            className={kind === "email_template" ? "font-mono" : undefined}
          />
        </Field>
      )}
      {source === "video" && (
        <Field
          id="creativeVideoUrl"
          label={t("videoUrl")}
          hint={t("videoUrlHint")}
          error={errors.videoUrl}
        >
          <Input
            id="creativeVideoUrl"
            name="videoUrl"
            type="url"
            inputMode="url"
            placeholder="https://www.youtube.com/watch?v=…"
            required
            invalid={!!errors.videoUrl}
          />
        </Field>
      )}
      <div className="flex flex-wrap items-center gap-3">
        <Button type="submit" disabled={pending}>
          {pending ? t("uploading") : t("submit")}
        </Button>
        {pending && (
          <span className="flex items-center gap-2 text-sm text-zinc-600">
            <progress
              max={1}
              value={progress ?? 0}
              aria-label={t("progress")}
              className="h-2 w-32"
            />
            {Math.round((progress ?? 0) * 100)}%
          </span>
        )}
        <span role="status" className="text-sm text-green-800">
          {created && t("created", { name: created.name, count: created.notified })}
          {created?.sanitized && <> {t("sanitized")}</>}
        </span>
      </div>
    </form>
  );
}
