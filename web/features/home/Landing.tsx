import { Link } from "@tanstack/react-router";
import { useTranslation } from "react-i18next";
import { buttonClass } from "../../components/Button.tsx";
import { useDocumentTitle } from "../../components/Page.tsx";

/** For signed-out visitors: what Alliance is, and the way in. */
export function Landing() {
  const { t } = useTranslation();
  useDocumentTitle("");
  return (
    <div className="mx-auto flex max-w-2xl flex-col gap-6 py-8 text-center">
      <h1 className="text-3xl font-bold text-slate-900 sm:text-4xl">{t("home.landing.title")}</h1>
      <p className="text-lg text-slate-700">{t("home.landing.body")}</p>
      <div className="flex flex-wrap justify-center gap-3">
        <Link to="/sign-up" className={buttonClass()}>
          {t("nav.signUp")}
        </Link>
        <Link to="/sign-in" className={buttonClass("secondary")}>
          {t("nav.signIn")}
        </Link>
      </div>
    </div>
  );
}
