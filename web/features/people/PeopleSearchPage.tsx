import { Link, useNavigate, useSearch } from "@tanstack/react-router";
import { useEffect, useState } from "react";
import { useTranslation } from "react-i18next";
import type { ProfileView } from "../../../shared/people/schemas.ts";
import { useCursorList } from "../../api/lists.ts";
import { Button } from "../../components/Button.tsx";
import { EmptyState } from "../../components/EmptyState.tsx";
import { ErrorAlert } from "../../components/ErrorAlert.tsx";
import { LoadMore } from "../../components/LoadMore.tsx";
import { Page } from "../../components/Page.tsx";
import { Spinner } from "../../components/Spinner.tsx";
import { TextField } from "../../components/TextField.tsx";
import { DegreeBadge } from "../network/DegreeBadge.tsx";
import { useDegrees } from "../network/queries.ts";
import { peopleKeys } from "./queries.ts";

export function PeopleSearchPage() {
  const { t } = useTranslation();
  const q = useSearch({ from: "/people" }).q ?? "";
  const navigate = useNavigate({ from: "/people" });
  const [text, setText] = useState(q);
  useEffect(() => setText(q), [q]); // Back/Forward changes the query under the box.
  // The query lives in the URL so results can be shared, bookmarked and restored with Back.
  const results = useCursorList<ProfileView>(peopleKeys.search, "/people", { q });
  const degrees = useDegrees(results.items.map((p) => p.id));

  return (
    <Page title={t("people.title")}>
      <search>
        <form
          className="flex flex-col gap-2 sm:flex-row sm:items-end"
          onSubmit={(e) => {
            e.preventDefault();
            void navigate({ search: { q: text.trim() || undefined } });
          }}
        >
          <TextField
            label={t("people.searchLabel")}
            hint={t("people.searchHint")}
            type="search"
            className="flex-1"
            value={text}
            onChange={setText}
          />
          <Button type="submit">{t("people.search")}</Button>
        </form>
      </search>

      {results.isPending && <Spinner />}
      {results.isError && <ErrorAlert error={results.error} />}
      {results.isSuccess && results.items.length === 0 && (
        <EmptyState title={q ? t("people.noMatches", { q }) : t("people.nobody")}>
          {q ? t("people.noMatchesHint") : t("people.nobodyHint")}
        </EmptyState>
      )}
      {results.items.length > 0 && (
        <ul aria-label={t("people.results")} className="flex flex-col gap-3">
          {results.items.map((person) => (
            <li key={person.id} className="rounded-lg border border-slate-200 bg-white p-4">
              <div className="flex flex-wrap items-center gap-2">
                <Link
                  to="/people/$id"
                  params={{ id: person.id }}
                  className="font-semibold break-words text-blue-800 underline"
                >
                  {person.displayName}
                </Link>
                <DegreeBadge degree={degrees.degreeOf(person.id)} />
              </div>
              {person.headline && <p className="text-slate-700">{person.headline}</p>}
              {person.location && <p className="text-sm text-slate-600">{person.location}</p>}
            </li>
          ))}
        </ul>
      )}
      <LoadMore {...results} />
    </Page>
  );
}
