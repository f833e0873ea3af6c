import { progressPercent } from "./quiz-answers";

/** A labelled progress bar: the text says "2 of 5 lessons", the bar shows the same. */
export function ProgressBar(props: { done: number; total: number; label: string }) {
  const percent = progressPercent(props.done, props.total);
  return (
    <div>
      <div
        role="progressbar"
        aria-valuemin={0}
        aria-valuemax={100}
        aria-valuenow={percent}
        aria-valuetext={props.label}
        aria-label={props.label}
        className="h-2 w-full overflow-hidden rounded-full bg-zinc-200"
      >
        <div className="h-full rounded-full bg-brand-600" style={{ width: `${percent}%` }} />
      </div>
      <p className="mt-1 text-xs text-zinc-600">{props.label}</p>
    </div>
  );
}
