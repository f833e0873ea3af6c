import type {
  InputHTMLAttributes,
  ReactNode,
  SelectHTMLAttributes,
  TextareaHTMLAttributes,
} from "react";
import { cn } from "~/lib/cn";

const control =
  "mt-1 block w-full rounded-md border border-zinc-300 bg-white px-3 py-2 text-sm text-zinc-900 shadow-sm aria-[invalid=true]:border-red-500";

/** A labelled form control with its hint and its error, wired for screen readers. */
export function Field(props: {
  id: string;
  label: string;
  hint?: string;
  error?: string;
  children: ReactNode;
}) {
  return (
    <div>
      <label htmlFor={props.id} className="block text-sm font-medium text-zinc-800">
        {props.label}
      </label>
      {props.children}
      {props.hint && !props.error && (
        <p id={`${props.id}-hint`} className="mt-1 text-xs text-zinc-500">
          {props.hint}
        </p>
      )}
      {props.error && (
        <p id={`${props.id}-error`} className="mt-1 text-xs text-red-700" role="alert">
          {props.error}
        </p>
      )}
    </div>
  );
}

type Invalid = { invalid?: boolean };
const described = (id: string | undefined, invalid?: boolean) =>
  id
    ? {
        "aria-invalid": invalid || undefined,
        "aria-describedby": `${id}-${invalid ? "error" : "hint"}`,
      }
    : {};

export function Input({
  invalid,
  className,
  ...props
}: InputHTMLAttributes<HTMLInputElement> & Invalid) {
  return <input {...described(props.id, invalid)} {...props} className={cn(control, className)} />;
}

export function Textarea({
  invalid,
  className,
  ...props
}: TextareaHTMLAttributes<HTMLTextAreaElement> & Invalid) {
  return (
    <textarea {...described(props.id, invalid)} {...props} className={cn(control, className)} />
  );
}

export function Select({
  invalid,
  className,
  ...props
}: SelectHTMLAttributes<HTMLSelectElement> & Invalid) {
  return <select {...described(props.id, invalid)} {...props} className={cn(control, className)} />;
}
