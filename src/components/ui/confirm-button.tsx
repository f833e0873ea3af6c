"use client";

import { Button } from "./button";

/**
 * A small danger button that asks before it acts (removing, deleting), with the action's
 * error beside it. The caller owns the mutation; this owns the asking and the layout.
 */
export function ConfirmButton(props: {
  label: string;
  ariaLabel: string;
  confirm: string;
  pending: boolean;
  error: string | undefined;
  onConfirm: () => void;
  className?: string;
}) {
  return (
    <span className={`inline-flex flex-wrap items-center gap-2 ${props.className ?? ""}`}>
      <Button
        type="button"
        variant="danger"
        className="min-h-8 px-3 py-1"
        disabled={props.pending}
        aria-label={props.ariaLabel}
        onClick={() => {
          if (window.confirm(props.confirm)) props.onConfirm();
        }}
      >
        {props.label}
      </Button>
      {props.error && (
        <span role="alert" className="text-xs text-red-700">
          {props.error}
        </span>
      )}
    </span>
  );
}
