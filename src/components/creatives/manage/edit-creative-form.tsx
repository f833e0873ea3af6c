"use client";

import { useMutation } from "@tanstack/react-query";
import { useLocale, useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useId, useState } from "react";
import { Button } from "~/components/ui/button";
import { Field, Input, Select, Textarea } from "~/components/ui/field";
import { FormError } from "~/components/ui/form-error";
import { splitTags, suggestedLanguages } from "~/lib/validation/creatives";
import { useTRPC } from "~/lib/trpc/client";
import { fieldErrors } from "~/lib/trpc/form-errors";
import { languageName } from "./language-name";

type Editable = {
  id: string;
  name: string;
  description: string;
  language: string | null;
  tags: string[];
};

/** "Edit" opens the creative's details in place; the file itself cannot be replaced. */
export function EditCreative({ programId, creative }: { programId: string; creative: Editable }) {
  const t = useTranslations("creatives.manage.edit");
  const locale = useLocale();
  const router = useRouter();
  const trpc = useTRPC();
  const id = useId();
  const [open, setOpen] = useState(false);
  const [name, setName] = useState(creative.name);
  const [description, setDescription] = useState(creative.description);
  const [language, setLanguage] = useState(creative.language ?? "");
  const [tags, setTags] = useState(creative.tags.join(", "));
  const update = useMutation(
    trpc.manage.creatives.update.mutationOptions({
      onSuccess: () => {
        setOpen(false);
        router.refresh();
      },
    }),
  );
  const errors = fieldErrors(update.error);
  const languages = [
    ...new Set([...suggestedLanguages, ...(creative.language ? [creative.language] : [])]),
  ];

  if (!open) {
    return (
      <Button
        type="button"
        variant="secondary"
        aria-label={t("openNamed", { name: creative.name })}
        onClick={() => setOpen(true)}
      >
        {t("open")}
      </Button>
    );
  }
  return (
    <form
      className="basis-full space-y-3 rounded-md border border-zinc-200 p-3"
      aria-label={t("formLabel", { name: creative.name })}
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        update.mutate({
          programId,
          creativeId: creative.id,
          name,
          description,
          language,
          tags: splitTags(tags),
        });
      }}
    >
      <FormError message={update.error?.message} />
      <Field id={`${id}-name`} label={t("name")} error={errors.name}>
        <Input
          id={`${id}-name`}
          value={name}
          maxLength={120}
          required
          onChange={(event) => setName(event.target.value)}
          invalid={!!errors.name}
        />
      </Field>
      <Field id={`${id}-description`} label={t("description")} error={errors.description}>
        <Textarea
          id={`${id}-description`}
          value={description}
          rows={2}
          maxLength={2000}
          onChange={(event) => setDescription(event.target.value)}
          invalid={!!errors.description}
        />
      </Field>
      <Field id={`${id}-language`} label={t("language")} error={errors.language}>
        <Select
          id={`${id}-language`}
          value={language}
          onChange={(event) => setLanguage(event.target.value)}
          invalid={!!errors.language}
        >
          <option value="">{t("noLanguage")}</option>
          {languages.map((code) => (
            <option key={code} value={code}>
              {languageName(code, locale)}
            </option>
          ))}
        </Select>
      </Field>
      <Field
        id={`${id}-tags`}
        label={t("tags")}
        hint={t("tagsHint")}
        error={errors.tags ?? Object.entries(errors).find(([key]) => key.startsWith("tags."))?.[1]}
      >
        <Input
          id={`${id}-tags`}
          value={tags}
          onChange={(event) => setTags(event.target.value)}
          invalid={Object.keys(errors).some((key) => key.startsWith("tags"))}
        />
      </Field>
      <div className="flex flex-wrap gap-2">
        <Button type="submit" disabled={update.isPending}>
          {t("save")}
        </Button>
        <Button type="button" variant="secondary" onClick={() => setOpen(false)}>
          {t("cancel")}
        </Button>
      </div>
    </form>
  );
}
