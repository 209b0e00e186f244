import { Link, useNavigate, useSearch } from "@tanstack/react-router";
import { useEffect, useId, useState } from "react";
import { useTranslation } from "react-i18next";
import { Button } from "../../components/Button.tsx";
import { EmptyState } from "../../components/EmptyState.tsx";
import { LoadMore } from "../../components/LoadMore.tsx";
import { Page } from "../../components/Page.tsx";
import { Select } from "../../components/Select.tsx";
import { Spinner } from "../../components/Spinner.tsx";
import { TextField } from "../../components/TextField.tsx";
import { BlockedSection } from "./BlockedSection.tsx";
import { ConnectionRow } from "./ConnectionRow.tsx";
import { ConnectionsTabs } from "./ConnectionsTabs.tsx";
import { ListVisibilitySection } from "./ListVisibilitySection.tsx";
import { useNotice } from "./Notice.tsx";
import { type ConnectionSort, useMyConnections } from "./queries.ts";
import { RetryableError } from "./RetryableError.tsx";
import { SuggestionsSection } from "./SuggestionsSection.tsx";

const ROUTE = "/connections";

/** My connections: a name search and a sort, both in the address, and "Load more" at the end. */
function MyConnections() {
  const { t } = useTranslation();
  const headingId = useId();
  const search = useSearch({ from: ROUTE });
  const navigate = useNavigate({ from: ROUTE });
  const q = search.q ?? "";
  const sort: ConnectionSort = search.sort ?? "recent";
  const [text, setText] = useState(q);
  useEffect(() => setText(q), [q]); // Back/Forward changes the search under the box.
  const list = useMyConnections(q, sort);
  const notice = useNotice();

  return (
    <section aria-labelledby={headingId} className="flex flex-col gap-4">
      <h2 id={headingId} className="text-lg font-semibold text-slate-900">
        {t("connections.list.title")}
      </h2>
      <search>
        <form
          className="flex flex-col gap-3 sm:flex-row sm:items-end"
          onSubmit={(e) => {
            e.preventDefault();
            void navigate({ search: (s) => ({ ...s, q: text.trim() || undefined }) });
          }}
        >
          <TextField
            label={t("connections.list.searchLabel")}
            type="search"
            className="flex-1"
            maxLength={100}
            value={text}
            onChange={setText}
          />
          <Button type="submit">{t("connections.list.search")}</Button>
          <Select<ConnectionSort>
            label={t("connections.list.sort")}
            value={sort}
            onChange={(next) =>
              void navigate({ search: (s) => ({ ...s, sort: next === "recent" ? undefined : next }) })
            }
            options={[
              { value: "recent", label: t("connections.list.sortRecent") },
              { value: "name", label: t("connections.list.sortName") },
            ]}
          />
        </form>
      </search>
      {notice.view}
      {list.isPending && <Spinner label={t("connections.list.loading")} />}
      {list.isError && <RetryableError error={list.error} onRetry={() => void list.refetch()} />}
      {list.isSuccess && list.items.length === 0 && q && (
        <EmptyState title={t("connections.list.noMatches", { q })}>
          {t("connections.list.noMatchesHint")}
        </EmptyState>
      )}
      {list.isSuccess && list.items.length === 0 && !q && (
        <EmptyState
          title={t("connections.list.empty")}
          action={
            <>
              <Link to="/people" className="text-blue-800 underline">
                {t("connections.list.findPeople")}
              </Link>
              <Link to="/connections/import" className="text-blue-800 underline">
                {t("connections.list.importLink")}
              </Link>
            </>
          }
        >
          {t("connections.list.emptyHint")}
        </EmptyState>
      )}
      {list.items.length > 0 && (
        <ul aria-label={t("connections.list.title")} className="flex flex-col gap-3">
          {list.items.map((c) => (
            <ConnectionRow
              key={c.person.id}
              connection={c}
              onRemoved={(name) => notice.show(t("connections.list.removed", { name }))}
            />
          ))}
        </ul>
      )}
      <LoadMore {...list} />
    </section>
  );
}

/**
 * My connections page: the people I am connected to (with my private trust in each), people I may know,
 * who can see my list, and whom I block.
 */
export function ConnectionsPage() {
  const { t } = useTranslation();
  return (
    <Page title={t("connections.title")}>
      <p className="-mt-2 text-slate-700">{t("connections.intro")}</p>
      <ConnectionsTabs />
      <MyConnections />
      <SuggestionsSection />
      <ListVisibilitySection />
      <BlockedSection />
    </Page>
  );
}
