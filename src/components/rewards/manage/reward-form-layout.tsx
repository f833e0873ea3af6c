"use client";

import { useTranslations } from "next-intl";
import Link from "next/link";
import { useRouter } from "next/navigation";
import type { ReactNode } from "react";
import { Button, buttonClass } from "~/components/ui/button";
import { Field, Input } from "~/components/ui/field";
import { FormError } from "~/components/ui/form-error";

/** After a save: back to the list, re-rendered on the server so it shows the change. */
export function useBackToList(href: string) {
  const router = useRouter();
  return () => {
    router.push(href);
    router.refresh();
  };
}

type RewardKind = "badges" | "tiers";
const idPrefix = { badges: "badge", tiers: "tier" } as const;

/**
 * The frame of the badge and tier forms: the mutation's error, a two-column grid of `fields`,
 * full-width `children` under it, and save (plus cancel when editing; new ones are made from
 * the list, which stays on the page).
 */
export function RewardFormLayout(props: {
  kind: RewardKind;
  onSubmit: () => void;
  mutation: { error: { message: string } | null; isPending: boolean };
  editing: boolean;
  cancelHref: string;
  fields: ReactNode;
  children: ReactNode;
}) {
  const t = useTranslations("rewards.manage");
  return (
    <form
      noValidate
      className="space-y-4"
      onSubmit={(event) => {
        event.preventDefault();
        props.onSubmit();
      }}
    >
      <FormError message={props.mutation.error?.message} />
      <div className="grid gap-4 sm:grid-cols-2">{props.fields}</div>
      {props.children}
      <div className="flex flex-wrap gap-3">
        <Button type="submit" disabled={props.mutation.isPending}>
          {t(`${props.kind}.save`)}
        </Button>
        {props.editing && (
          <Link href={props.cancelHref} className={buttonClass("secondary")}>
            {t(`${props.kind}.cancel`)}
          </Link>
        )}
      </div>
    </form>
  );
}

/** Name and key, which every badge and tier has; keys are typed in lower case. */
export function NameAndKeyFields(props: {
  kind: RewardKind;
  name: [string, (name: string) => void];
  keyValue: [string, (key: string) => void];
  error: (field: "name" | "key") => string | undefined;
}) {
  const t = useTranslations("rewards.manage");
  const nameId = `${idPrefix[props.kind]}Name`;
  const keyId = `${idPrefix[props.kind]}Key`;
  const [name, setName] = props.name;
  const [key, setKey] = props.keyValue;
  return (
    <>
      <Field id={nameId} label={t(`${props.kind}.name`)} error={props.error("name")}>
        <Input
          id={nameId}
          value={name}
          onChange={(e) => setName(e.target.value)}
          invalid={!!props.error("name")}
        />
      </Field>
      <Field
        id={keyId}
        label={t(`${props.kind}.key`)}
        hint={t(`${props.kind}.keyHint`)}
        error={props.error("key")}
      >
        <Input
          id={keyId}
          value={key}
          className="font-mono"
          onChange={(e) => setKey(e.target.value.toLowerCase())}
          invalid={!!props.error("key")}
        />
      </Field>
    </>
  );
}
