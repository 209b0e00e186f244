import { type ReactNode, useId } from "react";

export interface RadioOption<V extends string> {
  value: V;
  label: string;
  /** One line under the label, read together with it. */
  description?: string;
}

/**
 * A labelled group of radio buttons (fieldset + legend), for a choice that is easier to make when every
 * option and its explanation are visible at once. Arrow keys move between options, as browsers do natively.
 */
export function RadioGroup<V extends string>({
  legend,
  name,
  value,
  onChange,
  options,
  hint,
  error,
}: {
  legend: ReactNode;
  name: string;
  value: V | null;
  onChange: (value: V) => void;
  options: readonly RadioOption<V>[];
  hint?: ReactNode;
  error?: string;
}) {
  const id = useId();
  const hintId = hint ? `${id}-hint` : undefined;
  const errorId = error ? `${id}-error` : undefined;
  return (
    <fieldset
      aria-describedby={[hintId, errorId].filter(Boolean).join(" ") || undefined}
      className="flex flex-col gap-2"
    >
      <legend className="mb-1 font-medium text-slate-900">{legend}</legend>
      {hint && (
        <p id={hintId} className="text-sm text-slate-600">
          {hint}
        </p>
      )}
      {options.map((o, i) => {
        const optionId = `${id}-${o.value}`;
        return (
          <div
            key={o.value}
            className="flex gap-3 rounded-md border border-slate-200 bg-white p-3 has-[:checked]:border-blue-600 has-[:checked]:bg-blue-50"
          >
            <input
              type="radio"
              id={optionId}
              name={`${name}-${id}`}
              value={o.value}
              checked={value === o.value}
              onChange={() => onChange(o.value)}
              aria-describedby={o.description ? `${optionId}-desc` : undefined}
              aria-invalid={(error && i === 0) || undefined}
              className="mt-1 size-4 shrink-0"
            />
            <div>
              <label htmlFor={optionId} className="font-medium text-slate-900">
                {o.label}
              </label>
              {o.description && (
                <p id={`${optionId}-desc`} className="text-sm text-slate-600">
                  {o.description}
                </p>
              )}
            </div>
          </div>
        );
      })}
      {error && (
        <p id={errorId} role="alert" className="text-sm font-medium text-red-700">
          {error}
        </p>
      )}
    </fieldset>
  );
}
