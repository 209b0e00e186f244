import { Link } from "@tanstack/react-router";
import { useId } from "react";
import { useTranslation } from "react-i18next";
import { isApiError } from "../../api/client.ts";
import { ErrorAlert } from "../../components/ErrorAlert.tsx";
import { LoadMore } from "../../components/LoadMore.tsx";
import { Spinner } from "../../components/Spinner.tsx";
import { DegreeBadge } from "../network/DegreeBadge.tsx";
import { usePersonConnections } from "./queries.ts";

/**
 * Someone's connections, when their list is visible to me, each with their degree to me (never anyone's
 * trust or context). A hidden list is the person's choice and is said calmly; an unknown person shows nothing.
 */
export function TheirConnectionsSection({ personId, personName }: { personId: string; personName: string }) {
  const { t } = useTranslation();
  const headingId = useId();
  const list = usePersonConnections(personId, true);
  const hidden = isApiError(list.error) && list.error.status === 403;

  if (isApiError(list.error) && list.error.status === 404) return null;

  return (
    <section
      aria-labelledby={headingId}
      className="flex flex-col gap-3 rounded-lg border border-slate-200 bg-white p-4 shadow-sm sm:p-6"
    >
      <h2 id={headingId} className="text-lg font-semibold text-slate-900">
        {t("connections.theirs.title")}
      </h2>
      {list.isPending && <Spinner />}
      {hidden && (
        <div className="flex flex-col gap-1">
          <p className="text-slate-800">{t("connections.theirs.hidden", { name: personName })}</p>
          <p className="text-sm text-slate-600">{t("connections.theirs.hiddenHint")}</p>
        </div>
      )}
      {list.isError && !hidden && <ErrorAlert error={list.error} />}
      {list.isSuccess && list.items.length === 0 && (
        <p className="text-slate-700">{t("connections.theirs.none", { name: personName })}</p>
      )}
      {list.items.length > 0 && (
        <ul aria-labelledby={headingId} className="flex flex-col gap-2">
          {list.items.map(({ person, degree }) => (
            <li key={person.id} className="flex flex-col gap-0.5 rounded-md border border-slate-200 p-3">
              <div className="flex flex-wrap items-center gap-2">
                {degree === 0 ? (
                  <span className="font-medium text-slate-900">{t("connections.theirs.you")}</span>
                ) : (
                  <Link
                    to="/people/$id"
                    params={{ id: person.id }}
                    className="font-medium break-words text-blue-800 underline"
                  >
                    {person.displayName}
                  </Link>
                )}
                <DegreeBadge degree={degree} />
              </div>
              {person.headline && <p className="text-sm break-words text-slate-700">{person.headline}</p>}
            </li>
          ))}
        </ul>
      )}
      <LoadMore {...list} />
    </section>
  );
}
