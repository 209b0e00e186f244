import { useId } from "react";
import { useTranslation } from "react-i18next";
import { chooseLanguage, currentLanguage, LANGUAGES, type LanguageCode } from "../i18n/index.ts";

export function LanguageSwitcher() {
  const { t } = useTranslation();
  const id = useId();
  return (
    <div className="flex items-center gap-2">
      <label htmlFor={id} className="text-sm text-slate-700">
        {t("nav.language")}
      </label>
      <select
        id={id}
        value={currentLanguage()}
        onChange={(e) => chooseLanguage(e.target.value as LanguageCode)}
        className="rounded-md border border-slate-400 bg-white px-2 py-1 text-sm"
      >
        {LANGUAGES.map((l) => (
          // Each language is named in itself so people can find theirs whatever the current language.
          <option key={l.code} value={l.code} lang={l.code}>
            {l.label}
          </option>
        ))}
      </select>
    </div>
  );
}
