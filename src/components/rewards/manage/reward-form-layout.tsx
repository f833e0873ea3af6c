"use client";

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

/**
 * The frame of the badge and tier forms: the error, a two-column grid of `fields`, full-width
 * `children` under it, and save (plus cancel when editing; a new one is made from the list).
 */
export function RewardFormLayout(props: {
  onSubmit: () => void;
  error: string | undefined;
  pending: boolean;
  editing: boolean;
  cancelHref: string;
  labels: { save: string; cancel: string };
  fields: ReactNode;
  children: ReactNode;
}) {
  return (
    <form
      noValidate
      className="space-y-4"
      onSubmit={(event) => {
        event.preventDefault();
        props.onSubmit();
      }}
    >
      <FormError message={props.error} />
      <div className="grid gap-4 sm:grid-cols-2">{props.fields}</div>
      {props.children}
      <div className="flex flex-wrap gap-3">
        <Button type="submit" disabled={props.pending}>
          {props.labels.save}
        </Button>
        {props.editing && (
          <Link href={props.cancelHref} className={buttonClass("secondary")}>
            {props.labels.cancel}
          </Link>
        )}
      </div>
    </form>
  );
}

/** Name and key, which every badge and tier has; keys are typed in lower case. */
export function NameAndKeyFields(props: {
  idPrefix: string;
  labels: { name: string; key: string; keyHint: string };
  name: string;
  onName: (name: string) => void;
  keyValue: string;
  onKey: (key: string) => void;
  error: (field: "name" | "key") => string | undefined;
}) {
  const nameId = `${props.idPrefix}Name`;
  const keyId = `${props.idPrefix}Key`;
  return (
    <>
      <Field id={nameId} label={props.labels.name} error={props.error("name")}>
        <Input
          id={nameId}
          value={props.name}
          onChange={(e) => props.onName(e.target.value)}
          invalid={!!props.error("name")}
        />
      </Field>
      <Field
        id={keyId}
        label={props.labels.key}
        hint={props.labels.keyHint}
        error={props.error("key")}
      >
        <Input
          id={keyId}
          value={props.keyValue}
          className="font-mono"
          onChange={(e) => props.onKey(e.target.value.toLowerCase())}
          invalid={!!props.error("key")}
        />
      </Field>
    </>
  );
}
