import type { InputHTMLAttributes, ReactNode } from "react";
import { controlClass, FieldShell } from "./FieldShell.tsx";

interface TextFieldProps extends Omit<InputHTMLAttributes<HTMLInputElement>, "onChange" | "value"> {
  label: ReactNode;
  value: string;
  onChange: (value: string) => void;
  hint?: ReactNode;
  error?: string;
  /** Renders a multi-line textarea instead of a single-line input. */
  rows?: number;
}

export function TextField({
  label,
  value,
  onChange,
  hint,
  error,
  rows,
  className,
  ...inputProps
}: TextFieldProps) {
  return (
    <FieldShell label={label} hint={hint} error={error} className={className}>
      {({ id, describedBy, invalid }) =>
        rows ? (
          <textarea
            id={id}
            name={inputProps.name}
            rows={rows}
            value={value}
            required={inputProps.required}
            maxLength={inputProps.maxLength}
            onChange={(e) => onChange(e.target.value)}
            aria-describedby={describedBy}
            aria-invalid={invalid || undefined}
            className={controlClass}
          />
        ) : (
          <input
            id={id}
            type="text"
            {...inputProps}
            value={value}
            onChange={(e) => onChange(e.target.value)}
            aria-describedby={describedBy}
            aria-invalid={invalid || undefined}
            className={controlClass}
          />
        )
      }
    </FieldShell>
  );
}
