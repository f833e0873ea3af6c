"use client";

import { useMutation } from "@tanstack/react-query";
import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { Button } from "~/components/ui/button";
import { Field, Input, Textarea } from "~/components/ui/field";
import { FormError } from "~/components/ui/form-error";
import { useTRPC } from "~/lib/trpc/client";
import { fieldErrors } from "~/lib/trpc/form-errors";

/** A manager writes program news; posting shows it to partners at once. */
export function AnnouncementComposeForm({ programId }: { programId: string }) {
  const t = useTranslations("announcements.manage");
  const router = useRouter();
  const trpc = useTRPC();
  const [title, setTitle] = useState("");
  const [body, setBody] = useState("");
  const post = useMutation(
    trpc.manage.announcements.post.mutationOptions({
      onSuccess: () => {
        setTitle("");
        setBody("");
        router.refresh();
      },
    }),
  );
  const errors = fieldErrors(post.error);
  return (
    <form
      noValidate
      className="space-y-4"
      onSubmit={(event) => {
        event.preventDefault();
        post.mutate({ programId, title, body });
      }}
    >
      <FormError message={post.error?.message} />
      <Field id="announcementTitle" label={t("titleLabel")} error={errors.title}>
        <Input
          id="announcementTitle"
          value={title}
          maxLength={160}
          onChange={(e) => setTitle(e.target.value)}
          invalid={!!errors.title}
        />
      </Field>
      <Field id="announcementBody" label={t("bodyLabel")} hint={t("bodyHint")} error={errors.body}>
        <Textarea
          id="announcementBody"
          rows={6}
          value={body}
          onChange={(e) => setBody(e.target.value)}
          invalid={!!errors.body}
        />
      </Field>
      <div className="flex flex-wrap items-center gap-3">
        <Button type="submit" disabled={post.isPending}>
          {post.isPending ? t("posting") : t("post")}
        </Button>
        {post.isSuccess && (
          <span role="status" className="text-sm text-green-700">
            {t("posted")}
          </span>
        )}
      </div>
    </form>
  );
}
