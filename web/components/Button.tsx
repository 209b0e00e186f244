import type { ComponentProps } from "react";
import { InlineSpinner } from "./Spinner.tsx";

export type ButtonVariant = "primary" | "secondary" | "danger" | "subtle";

const VARIANTS: Record<ButtonVariant, string> = {
  primary: "bg-blue-700 text-white hover:bg-blue-800 disabled:bg-blue-400",
  secondary: "border border-slate-300 bg-white text-slate-900 hover:bg-slate-50 disabled:text-slate-400",
  danger: "bg-red-700 text-white hover:bg-red-800 disabled:bg-red-400",
  subtle: "text-blue-800 underline-offset-2 hover:underline disabled:text-slate-400",
};

/** Shared by <Button> and links styled as buttons, so both look the same. */
export function buttonClass(variant: ButtonVariant = "primary", size: "md" | "sm" = "md"): string {
  const padding = variant === "subtle" ? "px-1" : size === "sm" ? "px-2.5 py-1 text-sm" : "px-4 py-2";
  return `inline-flex items-center justify-center gap-2 rounded-md font-medium ${padding} ${VARIANTS[variant]}`;
}

interface ButtonProps extends ComponentProps<"button"> {
  variant?: ButtonVariant;
  size?: "md" | "sm";
  /** Shows a spinner and blocks repeat clicks while a request is in flight. */
  loading?: boolean;
}

export function Button({
  variant = "primary",
  size = "md",
  loading = false,
  type = "button",
  className = "",
  disabled,
  children,
  ...rest
}: ButtonProps) {
  return (
    <button
      type={type}
      disabled={disabled || loading}
      aria-busy={loading || undefined}
      className={`${buttonClass(variant, size)} ${className}`}
      {...rest}
    >
      {loading && <InlineSpinner />}
      {children}
    </button>
  );
}
