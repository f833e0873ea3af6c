"use client";

import { useMutation } from "@tanstack/react-query";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { Field, Input, Select, Textarea } from "~/components/ui/field";
import { bpsToPercent, percentToBps } from "~/lib/validation/commission-rules";
import { useTRPC } from "~/lib/trpc/client";
import { fieldErrors } from "~/lib/trpc/form-errors";
import { NameAndKeyFields, RewardFormLayout, useBackToList } from "./reward-form-layout";

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
  const trpc = useTRPC();
  const [key, setKey] = useState(props.tier?.key ?? "");
  const [name, setName] = useState(props.tier?.name ?? "");
  const [minPoints, setMinPoints] = useState(String(props.tier?.minPoints ?? 0));
  const [bonus, setBonus] = useState(bpsToPercent(props.tier?.rateBonusBps ?? 0));
  const [benefits, setBenefits] = useState(props.tier?.benefits ?? "");
  const [course, setCourse] = useState(props.tier?.requiredCourseId ?? "");
  const done = useBackToList(props.cancelHref);
  const create = useMutation(trpc.manage.rewards.createTier.mutationOptions({ onSuccess: done }));
  const update = useMutation(trpc.manage.rewards.updateTier.mutationOptions({ onSuccess: done }));
  const active = props.tier ? update : create;
  const errors = fieldErrors(active.error);
  const bonusBps = percentToBps(bonus);
  const f = (field: string) => errors[`tier.${field}`];
  return (
    <RewardFormLayout
      kind="tiers"
      onSubmit={() => {
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
      mutation={active}
      editing={!!props.tier}
      cancelHref={props.cancelHref}
      fields={
        <>
          <NameAndKeyFields
            kind="tiers"
            name={[name, setName]}
            keyValue={[key, setKey]}
            error={f}
          />
          <Field
            id="tierMin"
            label={t("minPoints")}
            hint={t("minPointsHint")}
            error={f("minPoints")}
          >
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
        </>
      }
    >
      <Field id="tierBenefits" label={t("benefits")} hint={t("benefitsHint")} error={f("benefits")}>
        <Textarea
          id="tierBenefits"
          rows={3}
          value={benefits}
          onChange={(e) => setBenefits(e.target.value)}
        />
      </Field>
    </RewardFormLayout>
  );
}
