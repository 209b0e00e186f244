import i18n from "i18next";
import LanguageDetector from "i18next-browser-languagedetector";
import { initReactI18next } from "react-i18next";
import en from "./en.json";
import ja from "./ja.json";

export const LANGUAGES = [
  { code: "en", label: "English" },
  { code: "ja", label: "日本語" },
] as const;
export type LanguageCode = (typeof LANGUAGES)[number]["code"];

/** Only an explicit choice in the switcher is stored; until then the browser's language decides. */
const LANGUAGE_STORAGE_KEY = "alliance.language";

// Screen readers and the browser pick voices, fonts and hyphenation from <html lang>.
i18n.on("languageChanged", () => {
  document.documentElement.lang = currentLanguage();
});

void i18n
  .use(LanguageDetector)
  .use(initReactI18next)
  .init({
    resources: { en: { translation: en }, ja: { translation: ja } },
    supportedLngs: LANGUAGES.map((l) => l.code),
    nonExplicitSupportedLngs: true,
    load: "languageOnly",
    fallbackLng: "en",
    // Resources are bundled, so initialise synchronously and render translated text on the first paint.
    initAsync: false,
    detection: { order: ["localStorage", "navigator"], lookupLocalStorage: LANGUAGE_STORAGE_KEY, caches: [] },
    interpolation: { escapeValue: false }, // React already escapes.
  });

export function currentLanguage(): LanguageCode {
  return i18n.resolvedLanguage === "ja" ? "ja" : "en";
}

export function chooseLanguage(code: LanguageCode): void {
  try {
    localStorage.setItem(LANGUAGE_STORAGE_KEY, code);
  } catch {
    // Without storage the choice still applies to this visit.
  }
  void i18n.changeLanguage(code);
}

export function formatDate(iso: string): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  return new Intl.DateTimeFormat(currentLanguage(), { dateStyle: "medium" }).format(date);
}

// Compile-time guarantee that both languages have exactly the same keys.
type Expect<T extends true> = T;
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
export type TranslationsMatch = Expect<Same<typeof en, typeof ja>>;

export default i18n;
