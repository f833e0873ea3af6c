"use client";

import { useMutation } from "@tanstack/react-query";
import { useTranslations } from "next-intl";
import Link from "next/link";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { Button, buttonClass } from "~/components/ui/button";
import { Field, Input, Select, Textarea } from "~/components/ui/field";
import { FormError } from "~/components/ui/form-error";
import { bpsToPercent, percentToBps } from "~/lib/validation/commission-rules";
import { useTRPC } from "~/lib/trpc/client";
import { fieldErrors } from "~/lib/trpc/form-errors";

type Tier = {
  id: string;
  key: string;
  name: string;
  minPoints: number;
  rateBonusBps: number;
  benefits: string;
  requiredCourseId: string | null;
};

/** Creates a tier, or edits `tier`; the bonus is typed in percent ("2" = +2 %). */
export function TierForm(props: {
  programId: string;
  tier?: Tier;
  courses: { id: string; title: string }[];
  cancelHref: string;
}) {
  const t = useTranslations("rewards.manage.tiers");
  const router = useRouter();
  const trpc = useTRPC();
  const [key, setKey] = useState(props.tier?.key ?? "");
  const [name, setName] = useState(props.tier?.name ?? "");
  const [minPoints, setMinPoints] = useState(String(props.tier?.minPoints ?? 0));
  const [bonus, setBonus] = useState(bpsToPercent(props.tier?.rateBonusBps ?? 0));
  const [benefits, setBenefits] = useState(props.tier?.benefits ?? "");
  const [course, setCourse] = useState(props.tier?.requiredCourseId ?? "");
  const done = () => {
    router.push(props.cancelHref);
    router.refresh();
  };
  const create = useMutation(trpc.manage.rewards.createTier.mutationOptions({ onSuccess: done }));
  const update = useMutation(trpc.manage.rewards.updateTier.mutationOptions({ onSuccess: done }));
  const active = props.tier ? update : create;
  const errors = fieldErrors(active.error);
  const bonusBps = percentToBps(bonus);
  const f = (field: string) => errors[`tier.${field}`];
  return (
    <form
      noValidate
      className="space-y-4"
      onSubmit={(event) => {
        event.preventDefault();
        if (bonusBps === null) return;
        const tier = {
          key: key.trim(),
          name,
          minPoints: Number(minPoints),
          rateBonusBps: bonusBps,
          benefits,
          requiredCourseId: course || null,
        };
        if (props.tier) update.mutate({ programId: props.programId, tierId: props.tier.id, tier });
        else create.mutate({ programId: props.programId, tier });
      }}
    >
      <FormError message={active.error?.message} />
      <div className="grid gap-4 sm:grid-cols-2">
        <Field id="tierName" label={t("name")} error={f("name")}>
          <Input
            id="tierName"
            value={name}
            onChange={(e) => setName(e.target.value)}
            invalid={!!f("name")}
          />
        </Field>
        <Field id="tierKey" label={t("key")} hint={t("keyHint")} error={f("key")}>
          <Input
            id="tierKey"
            value={key}
            className="font-mono"
            onChange={(e) => setKey(e.target.value.toLowerCase())}
            invalid={!!f("key")}
          />
        </Field>
        <Field id="tierMin" label={t("minPoints")} hint={t("minPointsHint")} error={f("minPoints")}>
          <Input
            id="tierMin"
            inputMode="numeric"
            value={minPoints}
            onChange={(e) => setMinPoints(e.target.value)}
            invalid={!!f("minPoints")}
          />
        </Field>
        <Field
          id="tierBonus"
          label={t("bonus")}
          hint={t("bonusHint")}
          error={bonusBps === null ? t("bonusInvalid") : f("rateBonusBps")}
        >
          <Input
            id="tierBonus"
            inputMode="decimal"
            value={bonus}
            onChange={(e) => setBonus(e.target.value)}
            invalid={bonusBps === null || !!f("rateBonusBps")}
          />
        </Field>
        <Field
          id="tierCourse"
          label={t("course")}
          hint={t("courseHint")}
          error={f("requiredCourseId")}
        >
          <Select id="tierCourse" value={course} onChange={(e) => setCourse(e.target.value)}>
            <option value="">{t("noCourse")}</option>
            {props.courses.map((item) => (
              <option key={item.id} value={item.id}>
                {item.title}
              </option>
            ))}
          </Select>
        </Field>
      </div>
      <Field id="tierBenefits" label={t("benefits")} hint={t("benefitsHint")} error={f("benefits")}>
        <Textarea
          id="tierBenefits"
          rows={3}
          value={benefits}
          onChange={(e) => setBenefits(e.target.value)}
        />
      </Field>
      <div className="flex flex-wrap gap-3">
        <Button type="submit" disabled={active.isPending}>
          {t("save")}
        </Button>
        {props.tier && (
          <Link href={props.cancelHref} className={buttonClass("secondary")}>
            {t("cancel")}
          </Link>
        )}
      </div>
    </form>
  );
}
