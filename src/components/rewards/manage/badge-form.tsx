"use client";

import { useMutation } from "@tanstack/react-query";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { Field, Input, Select, Textarea } from "~/components/ui/field";
import { useTRPC } from "~/lib/trpc/client";
import { fieldErrors } from "~/lib/trpc/form-errors";
import type { BadgeCriteria } from "~/server/db/schema";
import { NameAndKeyFields, RewardFormLayout, useBackToList } from "./reward-form-layout";

const KINDS = ["points", "sales", "course", "webinars", "streak", "contest", "manual"] as const;
type Kind = (typeof KINDS)[number];

type Badge = {
  id: string;
  key: string;
  name: string;
  description: string;
  icon: string;
  criteria: BadgeCriteria | null;
};

function criteriaOf(kind: Kind, amount: string, courseId: string): BadgeCriteria {
  const n = Number(amount);
  switch (kind) {
    case "points":
    case "sales":
    case "webinars":
      return { kind, min: n };
    case "streak":
      return { kind, weeks: n };
    case "course":
      return { kind, courseId };
    case "contest":
    case "manual":
      return { kind };
  }
}

function amountOf(criteria: BadgeCriteria | null): string {
  if (!criteria) return "1";
  if ("min" in criteria) return String(criteria.min);
  if ("weeks" in criteria) return String(criteria.weeks);
  return "1";
}

/** Creates a badge or edits `badge`: its face (name, icon, description) and how it is earned. */
export function BadgeForm(props: {
  programId: string;
  badge?: Badge;
  courses: { id: string; title: string }[];
  cancelHref: string;
}) {
  const t = useTranslations("rewards.manage.badges");
  const trpc = useTRPC();
  const initial = props.badge?.criteria ?? null;
  const [key, setKey] = useState(props.badge?.key ?? "");
  const [name, setName] = useState(props.badge?.name ?? "");
  const [icon, setIcon] = useState(props.badge?.icon ?? "★");
  const [description, setDescription] = useState(props.badge?.description ?? "");
  const [kind, setKind] = useState<Kind>(initial?.kind ?? "sales");
  const [amount, setAmount] = useState(amountOf(initial));
  const [courseId, setCourseId] = useState(
    initial?.kind === "course" ? initial.courseId : (props.courses[0]?.id ?? ""),
  );
  const done = useBackToList(props.cancelHref);
  const create = useMutation(trpc.manage.rewards.createBadge.mutationOptions({ onSuccess: done }));
  const update = useMutation(trpc.manage.rewards.updateBadge.mutationOptions({ onSuccess: done }));
  const active = props.badge ? update : create;
  const errors = fieldErrors(active.error);
  const f = (field: string) => errors[`badge.${field}`];
  const criteriaError = Object.entries(errors).find(([path]) =>
    path.startsWith("badge.criteria"),
  )?.[1];
  const needsAmount =
    kind === "points" || kind === "sales" || kind === "webinars" || kind === "streak";
  return (
    <RewardFormLayout
      kind="badges"
      onSubmit={() => {
        const badge = {
          key: key.trim(),
          name,
          icon,
          description,
          criteria: criteriaOf(kind, amount, courseId),
        };
        if (props.badge)
          update.mutate({ programId: props.programId, badgeId: props.badge.id, badge });
        else create.mutate({ programId: props.programId, badge });
      }}
      mutation={active}
      editing={!!props.badge}
      cancelHref={props.cancelHref}
      fields={
        <>
          <NameAndKeyFields
            kind="badges"
            name={[name, setName]}
            keyValue={[key, setKey]}
            error={f}
          />
          <Field id="badgeIcon" label={t("icon")} hint={t("iconHint")} error={f("icon")}>
            <Input
              id="badgeIcon"
              value={icon}
              maxLength={8}
              onChange={(e) => setIcon(e.target.value)}
              invalid={!!f("icon")}
            />
          </Field>
          <Field
            id="badgeKind"
            label={t("criteria")}
            hint={t(`kindHints.${kind}`)}
            error={criteriaError}
          >
            <Select id="badgeKind" value={kind} onChange={(e) => setKind(e.target.value as Kind)}>
              {KINDS.map((item) => (
                <option key={item} value={item}>
                  {t(`kinds.${item}`)}
                </option>
              ))}
            </Select>
          </Field>
          {needsAmount && (
            <Field id="badgeAmount" label={t(kind === "streak" ? "weeks" : "min")}>
              <Input
                id="badgeAmount"
                inputMode="numeric"
                value={amount}
                onChange={(e) => setAmount(e.target.value)}
              />
            </Field>
          )}
          {kind === "course" && (
            <Field
              id="badgeCourse"
              label={t("course")}
              hint={props.courses.length === 0 ? t("noCourses") : undefined}
            >
              <Select
                id="badgeCourse"
                value={courseId}
                onChange={(e) => setCourseId(e.target.value)}
              >
                {props.courses.map((item) => (
                  <option key={item.id} value={item.id}>
                    {item.title}
                  </option>
                ))}
              </Select>
            </Field>
          )}
        </>
      }
    >
      <Field id="badgeDescription" label={t("descriptionLabel")} error={f("description")}>
        <Textarea
          id="badgeDescription"
          rows={2}
          value={description}
          onChange={(e) => setDescription(e.target.value)}
        />
      </Field>
    </RewardFormLayout>
  );
}
