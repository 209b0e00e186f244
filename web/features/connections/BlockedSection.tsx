import { Link } from "@tanstack/react-router";
import { useId } from "react";
import { useTranslation } from "react-i18next";
import type { BlockedPerson } from "../../../shared/connections/schemas.ts";
import { Button } from "../../components/Button.tsx";
import { formatDay } from "../../components/dates.ts";
import { ErrorAlert } from "../../components/ErrorAlert.tsx";
import { LoadMore } from "../../components/LoadMore.tsx";
import { Spinner } from "../../components/Spinner.tsx";
import { useNotice } from "./Notice.tsx";
import { useBlocks, useUnblock } from "./queries.ts";

function BlockedRow({
  blocked,
  onUnblocked,
}: {
  blocked: BlockedPerson;
  onUnblocked: (name: string) => void;
}) {
  const { t } = useTranslation();
  const nameId = useId();
  const unblock = useUnblock();
  const { person } = blocked;
  return (
    <li className="flex flex-col gap-2 rounded-md border border-slate-200 p-3 sm:flex-row sm:items-center sm:justify-between">
      <div className="min-w-0">
        <Link
          id={nameId}
          to="/people/$id"
          params={{ id: person.id }}
          className="font-medium break-words text-blue-800 underline"
        >
          {person.displayName}
        </Link>
        <p className="text-sm text-slate-600">
          {t("connections.blocked.since", { date: formatDay(blocked.createdAt) })}
        </p>
        <ErrorAlert error={unblock.error} />
      </div>
      <div>
        <Button
          variant="secondary"
          size="sm"
          aria-describedby={nameId}
          loading={unblock.isPending}
          onClick={() => unblock.mutate(person.id, { onSuccess: () => onUnblocked(person.displayName) })}
        >
          {t("connections.blocked.unblock")}
        </Button>
      </div>
    </li>
  );
}

/** The people I block, each with Unblock (which does not bring back what the block ended). */
export function BlockedSection() {
  const { t } = useTranslation();
  const headingId = useId();
  const blocks = useBlocks();
  const notice = useNotice();
  return (
    <section
      aria-labelledby={headingId}
      className="flex flex-col gap-4 rounded-lg border border-slate-200 bg-white p-4 shadow-sm sm:p-6"
    >
      <h2 id={headingId} className="text-lg font-semibold text-slate-900">
        {t("connections.blocked.title")}
      </h2>
      <p className="text-slate-700">{t("connections.blocked.intro")}</p>
      {notice.view}
      {blocks.isPending && <Spinner />}
      {blocks.isError && <ErrorAlert error={blocks.error} />}
      {blocks.isSuccess && blocks.items.length === 0 && (
        <div className="flex flex-col gap-1">
          <p className="font-medium text-slate-900">{t("connections.blocked.none")}</p>
          <p className="text-slate-700">{t("connections.blocked.noneHint")}</p>
        </div>
      )}
      {blocks.items.length > 0 && (
        <ul aria-label={t("connections.blocked.title")} className="flex flex-col gap-2">
          {blocks.items.map((b) => (
            <BlockedRow
              key={b.person.id}
              blocked={b}
              onUnblocked={(name) => notice.show(t("connections.blocked.unblocked", { name }))}
            />
          ))}
        </ul>
      )}
      <LoadMore {...blocks} />
    </section>
  );
}
