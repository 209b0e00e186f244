import { useTranslation } from "react-i18next";
import { CountBadge } from "./ConnectionsTabs.tsx";
import { requestCountText, useOpenRequests } from "./queries.ts";

/**
 * The menu entry's text: "Connections" with how many requests wait on my answer. Rendered inside the menu's
 * link, for signed-in people only; the count is the first page of incoming requests (no count endpoint).
 */
export function ConnectionsNavLabel() {
  const { t } = useTranslation();
  const waiting = requestCountText(useOpenRequests("incoming").data);
  return (
    <span className="flex items-center gap-2">
      {t("nav.connections")}
      <CountBadge
        count={waiting}
        label={t("nav.connectionsWaiting", { n: waiting })}
        testId="connection-requests-waiting"
      />
    </span>
  );
}
