"use client";

import { Button } from "~/components/ui/button";
import { Field, Input } from "~/components/ui/field";

type Column<Row> = {
  name: keyof Row & string;
  label: string;
  hint?: string;
  inputMode?: "numeric" | "decimal" | "text";
  /** Grid span on wide screens (of 12); every input takes the full width on a phone. */
  span: 2 | 3 | 4 | 5 | 6;
};

const spans = {
  2: "sm:col-span-2",
  3: "sm:col-span-3",
  4: "sm:col-span-4",
  5: "sm:col-span-5",
  6: "sm:col-span-6",
};

/**
 * A list of small records edited in place (prizes, milestones, leagues): one labelled row per
 * item, added and removed with buttons. Errors are looked up by path ("prizes.0.label"), the
 * same paths the server reports, so local and server errors land on the same input.
 */
export function RowsEditor<Row extends Record<string, string>>(props: {
  name: string;
  legend: string;
  hint: string;
  rows: Row[];
  columns: Column<Row>[];
  error: (path: string) => string | undefined;
  onChange: (rows: Row[]) => void;
  empty: () => Row;
  addLabel: string;
  rowLabel: (index: number) => string;
  removeText: string;
  removeLabel: (index: number) => string;
}) {
  const { rows, name } = props;
  const listError = props.error(name);
  const update = (index: number, key: keyof Row & string, value: string) =>
    props.onChange(rows.map((row, i) => (i === index ? { ...row, [key]: value } : row)));
  return (
    <fieldset
      className="space-y-3 rounded-md border border-zinc-200 p-4"
      data-testid={`${name}-editor`}
    >
      <legend className="px-1 text-sm font-semibold">{props.legend}</legend>
      <p className="text-xs text-zinc-600">{props.hint}</p>
      {listError && (
        <p role="alert" className="text-xs text-red-700">
          {listError}
        </p>
      )}
      <ol className="space-y-3">
        {rows.map((row, index) => (
          <li key={index} aria-label={props.rowLabel(index)} className="rounded-md bg-zinc-50 p-3">
            <div className="grid grid-cols-1 gap-3 sm:grid-cols-12 sm:items-start">
              {props.columns.map((column) => {
                const id = `${name}-${index}-${column.name}`;
                const error = props.error(`${name}.${index}.${column.name}`);
                return (
                  <div key={column.name} className={spans[column.span]}>
                    <Field id={id} label={column.label} hint={column.hint} error={error}>
                      <Input
                        id={id}
                        value={row[column.name]}
                        inputMode={column.inputMode}
                        invalid={!!error}
                        onChange={(e) => update(index, column.name, e.target.value)}
                      />
                    </Field>
                  </div>
                );
              })}
              <div className="sm:col-span-2 sm:pt-6">
                <Button
                  type="button"
                  variant="secondary"
                  className="w-full"
                  aria-label={props.removeLabel(index)}
                  onClick={() => props.onChange(rows.filter((_, i) => i !== index))}
                >
                  {props.removeText}
                </Button>
              </div>
            </div>
          </li>
        ))}
      </ol>
      <Button
        type="button"
        variant="secondary"
        onClick={() => props.onChange([...rows, props.empty()])}
      >
        {props.addLabel}
      </Button>
    </fieldset>
  );
}
