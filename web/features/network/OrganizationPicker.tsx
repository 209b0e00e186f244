import { useEffect, useRef } from "react";
import { useTranslation } from "react-i18next";
import type { OrganizationRef } from "../../../shared/graph/schemas.ts";
import { ErrorAlert } from "../../components/ErrorAlert.tsx";
import { LiveMessage } from "../../components/LiveMessage.tsx";
import { InlineSpinner } from "../../components/Spinner.tsx";
import { TextField } from "../../components/TextField.tsx";
import { useDebouncedValue } from "../../components/useDebouncedValue.ts";
import { useOrganizationSearch } from "./queries.ts";

/**
 * Search-as-you-type for an organization: the matches appear below the field as buttons, one per
 * organization, and the number found is announced. Choosing one hands its slug to `onPick`.
 */
export function OrganizationPicker({
  text,
  onTextChange,
  onPick,
  focus = false,
}: {
  /** Move focus into the field when it appears (after "Choose another"). */
  focus?: boolean;
  text: string;
  onTextChange: (text: string) => void;
  onPick: (org: OrganizationRef) => void;
}) {
  const { t } = useTranslation();
  const [q, flush] = useDebouncedValue(text.trim(), 300);
  const results = useOrganizationSearch(q, q.length > 0);
  const items = q ? (results.data?.items ?? []) : [];
  const searching = q.length > 0 && results.isFetching;
  const formRef = useRef<HTMLFormElement>(null);
  // biome-ignore lint/correctness/useExhaustiveDependencies: only when the picker appears.
  useEffect(() => {
    if (focus) formRef.current?.querySelector("input")?.focus();
  }, []);

  return (
    <search className="flex flex-col gap-3">
      <form
        ref={formRef}
        onSubmit={(e) => {
          e.preventDefault();
          flush();
        }}
      >
        <TextField
          label={t("network.find.orgLabel")}
          hint={t("network.find.orgHint")}
          type="search"
          autoComplete="off"
          maxLength={100}
          value={text}
          onChange={onTextChange}
        />
      </form>
      {searching && (
        <p className="flex items-center gap-2 text-sm text-slate-600">
          <InlineSpinner />
          {t("network.find.searching")}
        </p>
      )}
      {q && results.isError && <ErrorAlert error={results.error} />}
      {q && results.isSuccess && !results.isPlaceholderData && (
        <LiveMessage
          message={
            items.length === 0
              ? t("network.find.noOrgs", { q })
              : t("network.find.orgsFound", { count: items.length })
          }
        />
      )}
      {q && results.isSuccess && !results.isPlaceholderData && items.length === 0 && (
        <p className="text-slate-700">
          {t("network.find.noOrgs", { q })} {t("network.find.noOrgsHint")}
        </p>
      )}
      {items.length > 0 && (
        <ul aria-label={t("network.find.orgResults")} className="flex flex-col gap-2">
          {items.map((org) => (
            <li key={org.id}>
              <button
                type="button"
                onClick={() => onPick(org)}
                className="flex w-full flex-col items-start rounded-md border border-slate-300 bg-white px-3 py-2 text-left hover:border-blue-600 hover:bg-blue-50"
              >
                <span className="font-medium break-words text-blue-900">{org.name}</span>
                <span className="text-sm break-all text-slate-600">/orgs/{org.slug}</span>
              </button>
            </li>
          ))}
        </ul>
      )}
    </search>
  );
}
