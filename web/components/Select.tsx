import type { ReactNode, SelectHTMLAttributes } from "react";
import { controlClass, FieldShell } from "./FieldShell.tsx";

export interface SelectOption<V extends string> {
  value: V;
  label: string;
}

interface SelectProps<V extends string>
  extends Omit<SelectHTMLAttributes<HTMLSelectElement>, "onChange" | "value"> {
  label: ReactNode;
  value: V;
  onChange: (value: V) => void;
  options: readonly SelectOption<V>[];
  hint?: ReactNode;
  error?: string;
}

export function Select<V extends string>({
  label,
  value,
  onChange,
  options,
  hint,
  error,
  className,
  ...selectProps
}: SelectProps<V>) {
  return (
    <FieldShell label={label} hint={hint} error={error} className={className}>
      {({ id, describedBy, invalid }) => (
        <select
          id={id}
          {...selectProps}
          value={value}
          // The options are exactly the allowed values, so the selected value is always one of V.
          onChange={(e) => onChange(e.target.value as V)}
          aria-describedby={describedBy}
          aria-invalid={invalid || undefined}
          className={controlClass}
        >
          {options.map((o) => (
            <option key={o.value} value={o.value}>
              {o.label}
            </option>
          ))}
        </select>
      )}
    </FieldShell>
  );
}
