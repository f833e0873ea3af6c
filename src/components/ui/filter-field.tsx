/** Fields of a plain GET filter form (no JavaScript needed): a small label over the control. */
const control = "mt-1 block w-full rounded-md border border-zinc-300 bg-white px-3 py-2 text-sm";
const labelClass = "block text-xs text-zinc-600";

/** A filter's select; `any` adds a first, empty choice that leaves the filter off. */
export function FilterSelect(props: {
  id: string;
  name: string;
  label: string;
  value: string | undefined;
  any?: string;
  options: readonly { value: string; label: string }[];
}) {
  return (
    <div>
      <label htmlFor={props.id} className={labelClass}>
        {props.label}
      </label>
      <select id={props.id} name={props.name} defaultValue={props.value ?? ""} className={control}>
        {props.any !== undefined && <option value="">{props.any}</option>}
        {props.options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
    </div>
  );
}

/** A filter's text, search or date input. */
export function FilterInput(props: {
  id: string;
  name: string;
  label: string;
  value: string | undefined;
  type?: string;
  placeholder?: string;
}) {
  return (
    <div>
      <label htmlFor={props.id} className={labelClass}>
        {props.label}
      </label>
      <input
        id={props.id}
        name={props.name}
        type={props.type}
        defaultValue={props.value}
        placeholder={props.placeholder}
        className={control}
      />
    </div>
  );
}
