import { useTranslation } from "react-i18next";
import type { ProfileField, Visibility } from "../../../shared/people/schemas.ts";
import { Select } from "../../components/Select.tsx";
import { VISIBILITIES } from "./visibility.ts";

/** A profile field's input with "Who can see <field>" beside it (below it on narrow screens). */
export function WithVisibility({
  field,
  visibility,
  onVisibilityChange,
  error,
  children,
}: {
  field: ProfileField;
  visibility: Visibility;
  onVisibilityChange: (field: ProfileField, value: Visibility) => void;
  error?: string;
  children: React.ReactNode;
}) {
  const { t } = useTranslation();
  return (
    <div className="grid gap-3 border-b border-slate-100 pb-5 sm:grid-cols-[minmax(0,1fr)_14rem]">
      <div className="min-w-0">{children}</div>
      <Select
        label={t(`profile.whoCanSee.${field}`)}
        value={visibility}
        onChange={(v) => onVisibilityChange(field, v)}
        options={VISIBILITIES.map((v) => ({ value: v, label: t(`visibility.${v}`) }))}
        error={error}
        className="text-sm"
      />
    </div>
  );
}
