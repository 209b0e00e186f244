import { useTranslation } from "react-i18next";
import { inboxCountText, useInboxCount } from "./queries.ts";

/**
 * The menu entry's text: "Introductions" with how many wait on my answer, as a badge for the eye and as
 * words for screen readers. Rendered inside the menu's link, for signed-in people only.
 */
export function IntroductionsNavLabel() {
  const { t } = useTranslation();
  const waiting = inboxCountText(useInboxCount(true).data);
  return (
    <span className="flex items-center gap-2">
      {t("nav.introductions")}
      {waiting && (
        <>
          <span
            data-testid="introductions-waiting"
            aria-hidden="true"
            className="min-w-5 rounded-full bg-blue-700 px-1.5 text-center text-xs leading-5 font-semibold text-white"
          >
            {waiting}
          </span>
          <span className="sr-only">{t("nav.introductionsWaiting", { n: waiting })}</span>
        </>
      )}
    </span>
  );
}
