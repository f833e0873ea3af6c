"use client";

import { useMutation } from "@tanstack/react-query";
import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { Button } from "~/components/ui/button";
import { Field, Input, Textarea } from "~/components/ui/field";
import { FormError } from "~/components/ui/form-error";
import { useTRPC } from "~/lib/trpc/client";

/** Attendance from a meeting tool's CSV export: paste it or pick the file. */
export function AttendanceImport(props: { programId: string; webinarId: string }) {
  const t = useTranslations("webinars.import");
  const trpc = useTRPC();
  const router = useRouter();
  const [csv, setCsv] = useState("");
  const run = useMutation(
    trpc.manage.webinars.importAttendance.mutationOptions({ onSuccess: () => router.refresh() }),
  );
  const result = run.data;
  return (
    <form
      className="space-y-3"
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        run.mutate({ ...props, csv });
      }}
    >
      <FormError message={run.error?.message} />
      <Field id="attendance-file" label={t("file")}>
        <Input
          id="attendance-file"
          type="file"
          accept=".csv,text/csv,text/plain"
          onChange={async (e) => {
            const file = e.target.files?.[0];
            if (file) setCsv(await file.text());
          }}
        />
      </Field>
      <Field id="attendance-csv" label={t("paste")} hint={t("hint")}>
        <Textarea
          id="attendance-csv"
          rows={5}
          className="font-mono"
          value={csv}
          onChange={(e) => setCsv(e.target.value)}
        />
      </Field>
      <Button type="submit" disabled={run.isPending || !csv.trim()}>
        {t("submit")}
      </Button>
      {result && (
        <div role="status" className="space-y-1 text-sm">
          <p className="text-green-800">
            {t("result", { matched: result.matched, marked: result.newlyMarked })}
          </p>
          {result.unknown.length > 0 && (
            <p>
              {t("unknown", { count: result.unknown.length, emails: result.unknown.join(", ") })}
            </p>
          )}
          {result.unregistered.length > 0 && (
            <p>
              {t("unregistered", {
                count: result.unregistered.length,
                emails: result.unregistered.join(", "),
              })}
            </p>
          )}
          {result.invalid.length > 0 && (
            <p>
              {t("invalid", {
                count: result.invalid.length,
                lines: result.invalid.map((row) => row.line).join(", "),
              })}
            </p>
          )}
        </div>
      )}
    </form>
  );
}
