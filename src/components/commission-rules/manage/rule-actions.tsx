"use client";

import { useMutation } from "@tanstack/react-query";
import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { Button } from "~/components/ui/button";
import { useTRPC } from "~/lib/trpc/client";
import { RuleForm } from "./rule-form";
import type { RuleFormValues } from "./rule-form-values";

/** Edit (in place) and deactivate/activate buttons of one rule. */
export function RuleActions(props: {
  programId: string;
  currency: string;
  ruleId: string;
  name: string;
  active: boolean;
  initial: RuleFormValues;
}) {
  const t = useTranslations("commissionRules.list");
  const router = useRouter();
  const trpc = useTRPC();
  const [editing, setEditing] = useState(false);
  const toggle = useMutation(
    trpc.manage.commissionRules.setActive.mutationOptions({ onSuccess: () => router.refresh() }),
  );
  return (
    <div className="space-y-3">
      <div className="flex flex-wrap items-center gap-2">
        <Button
          type="button"
          variant="secondary"
          className="min-h-8 px-3 py-1"
          aria-expanded={editing}
          aria-label={t("editFor", { name: props.name })}
          onClick={() => setEditing((open) => !open)}
        >
          {t("edit")}
        </Button>
        <Button
          type="button"
          variant={props.active ? "danger" : "secondary"}
          className="min-h-8 px-3 py-1"
          disabled={toggle.isPending}
          aria-label={t(props.active ? "deactivateFor" : "activateFor", { name: props.name })}
          onClick={() =>
            toggle.mutate({
              programId: props.programId,
              ruleId: props.ruleId,
              active: !props.active,
            })
          }
        >
          {props.active ? t("deactivate") : t("activate")}
        </Button>
        {toggle.error && (
          <span role="alert" className="text-xs text-red-700">
            {toggle.error.message}
          </span>
        )}
      </div>
      {editing && (
        <div className="rounded-md border border-zinc-200 bg-zinc-50 p-4">
          <RuleForm
            programId={props.programId}
            currency={props.currency}
            ruleId={props.ruleId}
            initial={props.initial}
            onDone={() => setEditing(false)}
          />
        </div>
      )}
    </div>
  );
}
