import { useId } from "react";
import { useTranslation } from "react-i18next";

/**
 * Pick which of one side's values a tour serves (checkboxes, at most `max`). Values chosen earlier that the
 * side no longer holds stay listed, marked, so they can be kept or unticked knowingly.
 */
export function ValuesChooser({
  legend,
  available,
  selected,
  onChange,
  max,
  unavailableText,
  error,
}: {
  legend: string;
  /** The side's current values; null when they cannot be shown to this viewer. */
  available: string[] | null;
  selected: string[];
  onChange: (values: string[]) => void;
  max: number;
  unavailableText: string;
  error?: string;
}) {
  const { t } = useTranslation();
  const id = useId();
  const lower = (available ?? []).map((v) => v.toLowerCase());
  const stale = selected.filter((v) => !lower.includes(v.toLowerCase()));
  const options = [...(available ?? []), ...stale];
  const isSelected = (v: string) => selected.some((s) => s.toLowerCase() === v.toLowerCase());
  const full = selected.length >= max;

  function toggle(value: string, on: boolean) {
    onChange(on ? [...selected, value] : selected.filter((s) => s.toLowerCase() !== value.toLowerCase()));
  }

  return (
    <fieldset className="flex flex-col gap-2" aria-describedby={error ? `${id}-error` : undefined}>
      <legend className="mb-1 font-medium text-slate-900">{legend}</legend>
      {options.length === 0 && <p className="text-sm text-slate-600">{unavailableText}</p>}
      <ul className="flex flex-wrap gap-2">
        {options.map((value) => {
          const checked = isSelected(value);
          const isStale = stale.includes(value);
          return (
            <li key={value}>
              <label className="inline-flex items-center gap-2 rounded-full border border-slate-300 bg-white px-3 py-1 has-[:checked]:border-blue-600 has-[:checked]:bg-blue-50">
                <input
                  type="checkbox"
                  checked={checked}
                  disabled={!checked && full}
                  onChange={(e) => toggle(value, e.target.checked)}
                />
                <span>{value}</span>
                {isStale && <span className="text-xs text-amber-800">{t("tours.values.noLongerHeld")}</span>}
              </label>
            </li>
          );
        })}
      </ul>
      {available === null && options.length > 0 && (
        <p className="text-sm text-slate-600">{unavailableText}</p>
      )}
      {full && <p className="text-sm text-slate-600">{t("tours.values.max", { max })}</p>}
      {error && (
        <p id={`${id}-error`} role="alert" className="text-sm font-medium text-red-700">
          {error}
        </p>
      )}
    </fieldset>
  );
}
