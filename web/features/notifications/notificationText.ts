import type { TFunction } from "i18next";
import type { Notification } from "../../../shared/notifications/schemas.ts";
import { formatDay } from "../../components/dates.ts";

/**
 * A notification in the reader's language, built from its facts. A fact the sender left out reads as a
 * plainer word ("someone", "a tour") rather than as an empty gap.
 */
export function notificationText(t: TFunction, n: Notification): string {
  const d = n.data;
  const facts = {
    actorName: d.actorName || t("notifications.someone"),
    personName: d.personName || t("notifications.someone"),
    tourTitle: d.tourTitle || t("notifications.aTour"),
    orgName: d.orgName || t("notifications.anOrg"),
    dueOn: d.dueOn ? formatDay(d.dueOn) : t("notifications.soon"),
    plannedEndDate: d.plannedEndDate ? formatDay(d.plannedEndDate) : t("notifications.soon"),
    lastDay: d.lastDay ? formatDay(d.lastDay) : t("notifications.soon"),
    requesterName: d.requesterName || t("notifications.someone"),
    targetName: d.targetName || t("notifications.someone"),
  };
  return t(`notifications.kinds.${n.kind}`, facts);
}
