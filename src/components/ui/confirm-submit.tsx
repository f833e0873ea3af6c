"use client";

import { useFormStatus } from "react-dom";
import { Button } from "./button";

/** A form's submit button that asks first, for actions that cannot be taken back. */
export function ConfirmSubmit(props: {
  label: string;
  confirm: string;
  variant?: "primary" | "secondary" | "danger";
}) {
  const { pending } = useFormStatus();
  return (
    <Button
      type="submit"
      variant={props.variant ?? "danger"}
      disabled={pending}
      onClick={(event) => {
        if (!window.confirm(props.confirm)) event.preventDefault();
      }}
    >
      {props.label}
    </Button>
  );
}
