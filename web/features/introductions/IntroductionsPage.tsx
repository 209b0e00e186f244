import { Link, useSearch } from "@tanstack/react-router";
import type { ReactNode } from "react";
import { useTranslation } from "react-i18next";
import { STEP_DAYS } from "../../../shared/introductions/constants.ts";
import type { Introduction, IntroductionBox } from "../../../shared/introductions/schemas.ts";
import { useSession } from "../../api/session.ts";
import { Button } from "../../components/Button.tsx";
import { formatDay } from "../../components/dates.ts";
import { EmptyState } from "../../components/EmptyState.tsx";
import { ErrorAlert } from "../../components/ErrorAlert.tsx";
import { LoadMore } from "../../components/LoadMore.tsx";
import { Page } from "../../components/Page.tsx";
import { Spinner } from "../../components/Spinner.tsx";
import { IntroductionStatusBadge } from "./IntroductionStatusBadge.tsx";
import { partiesOf } from "./people.ts";
import { inboxCountText, useInboxCount, useIntroductions } from "./queries.ts";

const ROUTE = "/introductions";

function BoxTab({ box, children }: { box: IntroductionBox; children: ReactNode }) {
  return (
    <Link
      to={ROUTE}
      search={box === "inbox" ? {} : { box }}
      activeOptions={{ exact: true, includeSearch: true }}
      className="flex items-center gap-2 rounded-md px-3 py-2 whitespace-nowrap text-slate-800 hover:bg-slate-100 aria-[current=page]:bg-white aria-[current=page]:font-semibold aria-[current=page]:text-blue-900 aria-[current=page]:shadow-sm"
    >
      {children}
    </Link>
  );
}

/** One line of what this introduction means to me, then a date that matters for it. */
function IntroductionRow({ intro, box }: { intro: Introduction; box: IntroductionBox }) {
  const { t } = useTranslation();
  const p = partiesOf(t, intro);
  const role =
    intro.role === "requester"
      ? t("introductions.item.roleRequester", { target: p.targetName })
      : intro.role === "target"
        ? t("introductions.item.roleTarget", { requester: p.requesterName })
        : t("introductions.item.roleIntermediary", { requester: p.requesterName, target: p.targetName });
  const own = intro.myStep;
  const due = box === "inbox" && own?.state === "waiting" && own.dueAt;
  return (
    <li className="flex flex-col gap-2 rounded-lg border border-slate-200 bg-white p-4 sm:flex-row sm:items-start sm:justify-between">
      <div className="flex min-w-0 flex-col gap-1">
        <Link
          to="/introductions/$id"
          params={{ id: intro.id }}
          className="font-semibold break-words text-blue-800 underline"
        >
          <span aria-hidden="true">
            {p.requester} → {p.target}
          </span>
          <span className="sr-only">
            {intro.role === "requester"
              ? t("introductions.item.labelRequester", { target: p.targetName })
              : intro.role === "target"
                ? t("introductions.item.labelTarget", { requester: p.requesterName })
                : t("introductions.item.label", { requester: p.requesterName, target: p.targetName })}
          </span>
        </Link>
        <p className="text-sm text-slate-700">{role}</p>
        <p className="text-sm text-slate-600">
          {due ? (
            <strong className="font-medium text-amber-900">
              {t("introductions.item.answerBy", { date: formatDay(due) })}
            </strong>
          ) : intro.status === "accepted" && intro.closedAt ? (
            t("introductions.item.madeOn", { date: formatDay(intro.closedAt) })
          ) : (
            t("introductions.item.askedOn", { date: formatDay(intro.createdAt) })
          )}
          {own && own.state !== "waiting" && ` · ${t(`introductions.ownState.${own.state}`)}`}
        </p>
      </div>
      <div>
        <IntroductionStatusBadge status={intro.status} />
      </div>
    </li>
  );
}

function Empty({ box }: { box: IntroductionBox }) {
  const { t } = useTranslation();
  const find = (
    <Link to="/network/introductions/find" className="text-blue-800 underline">
      {t("introductions.empty.find")}
    </Link>
  );
  const people = (
    <Link to="/people" className="text-blue-800 underline">
      {t("introductions.empty.people")}
    </Link>
  );
  if (box === "inbox") {
    return (
      <EmptyState title={t("introductions.empty.inbox")}>
        {t("introductions.empty.inboxHint", { days: STEP_DAYS })}
      </EmptyState>
    );
  }
  if (box === "sent") {
    return (
      <EmptyState
        title={t("introductions.empty.sent")}
        action={
          <>
            {find}
            {people}
          </>
        }
      >
        {t("introductions.empty.sentHint")}
      </EmptyState>
    );
  }
  return (
    <EmptyState
      title={t("introductions.empty.involved")}
      action={
        <Link to="/pay-forward" className="text-blue-800 underline">
          {t("introductions.payForwardLink")}
        </Link>
      }
    >
      {t("introductions.empty.involvedHint")}
    </EmptyState>
  );
}

/**
 * My introductions in three lists: the ones waiting on my answer (soonest due first), the ones I asked
 * for, and the ones I was asked in. The list is chosen in the address (?box=sent), so Back and links work.
 */
export function IntroductionsPage() {
  const { t } = useTranslation();
  const { box = "inbox" } = useSearch({ from: ROUTE });
  const { data: user } = useSession();
  const list = useIntroductions(box);
  const waiting = inboxCountText(useInboxCount(Boolean(user)).data);

  return (
    <Page
      title={t("introductions.title")}
      actions={
        <Link to="/pay-forward" className="self-center text-blue-800 underline">
          {t("introductions.payForwardLink")}
        </Link>
      }
    >
      <p className="-mt-2 text-slate-700">{t("introductions.intro")}</p>
      <nav aria-label={t("introductions.tabs.label")}>
        <ul className="flex flex-wrap gap-1 rounded-lg bg-slate-200/70 p-1">
          <li>
            <BoxTab box="inbox">
              {t("introductions.tabs.inbox")}
              {waiting && (
                <>
                  <span
                    aria-hidden="true"
                    className="min-w-5 rounded-full bg-blue-700 px-1.5 text-center text-xs leading-5 font-semibold text-white"
                  >
                    {waiting}
                  </span>
                  <span className="sr-only">{t("introductions.tabs.inboxCount", { n: waiting })}</span>
                </>
              )}
            </BoxTab>
          </li>
          <li>
            <BoxTab box="sent">{t("introductions.tabs.sent")}</BoxTab>
          </li>
          <li>
            <BoxTab box="involved">{t("introductions.tabs.involved")}</BoxTab>
          </li>
        </ul>
      </nav>
      <p className="text-sm text-slate-600">{t(`introductions.tabs.${box}Hint`)}</p>
      {list.isPending && <Spinner label={t("introductions.loading")} />}
      {list.isError && (
        <div className="flex flex-col gap-2">
          <ErrorAlert error={list.error} />
          <div>
            <Button variant="secondary" size="sm" onClick={() => void list.refetch()}>
              {t("introductions.retry")}
            </Button>
          </div>
        </div>
      )}
      {list.isSuccess && list.items.length === 0 && <Empty box={box} />}
      {list.items.length > 0 && (
        <ul aria-label={t(`introductions.tabs.${box}`)} className="flex flex-col gap-3">
          {list.items.map((intro) => (
            <IntroductionRow key={intro.id} intro={intro} box={box} />
          ))}
        </ul>
      )}
      <LoadMore {...list} />
    </Page>
  );
}
