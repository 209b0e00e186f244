import { useId, useRef, useState } from "react";
import { useTranslation } from "react-i18next";
import { TRUST_LEVELS, type TrustLevel } from "../../../shared/connections/constants.ts";
import type { Connection } from "../../../shared/connections/schemas.ts";
import { Button } from "../../components/Button.tsx";
import { ConfirmButton } from "../../components/ConfirmButton.tsx";
import { formatDay, todayIso } from "../../components/dates.ts";
import { ErrorAlert } from "../../components/ErrorAlert.tsx";
import { PersonLine } from "../../components/PersonLine.tsx";
import { Select } from "../../components/Select.tsx";
import { TextField } from "../../components/TextField.tsx";
import { useFormErrors } from "../../components/useFormErrors.ts";
import { contextText } from "./format.ts";
import { useAllMyOrgs, useRemoveConnection, useUpdateConnection } from "./queries.ts";

type TrustChoice = TrustLevel | "";

/** My private trust level for one connection, saved as soon as it is chosen. */
function TrustSelect({ connection }: { connection: Connection }) {
  const { t } = useTranslation();
  const update = useUpdateConnection(connection.person.id);
  const [value, setValue] = useState<TrustChoice>(connection.trust ?? "");
  const [saved, setSaved] = useState("");
  const options = [
    { value: "" as TrustChoice, label: t("connections.trust.notSet") },
    ...TRUST_LEVELS.map((level) => ({ value: level as TrustChoice, label: t(`connections.trust.${level}`) })),
  ];
  return (
    <div className="flex flex-col gap-1">
      <Select<TrustChoice>
        label={t("connections.trust.label", { name: connection.person.displayName })}
        hint={t("connections.trust.hint")}
        value={value}
        disabled={update.isPending}
        onChange={(next) => {
          const before = value;
          setValue(next);
          setSaved("");
          update.mutate(
            { trust: next || null },
            {
              onSuccess: () => setSaved(t("connections.trust.saved")),
              onError: () => setValue(before),
            },
          );
        }}
        options={options}
      />
      {/* Always present, so the confirmation is announced when it appears. */}
      <p role="status" className="text-sm text-green-800 empty:hidden">
        {saved}
      </p>
      <ErrorAlert error={update.error} />
    </div>
  );
}

/** Where we know each other from: an organization of mine and since when. Either side may change it. */
function ContextForm({ connection, onDone }: { connection: Connection; onDone: (saved: boolean) => void }) {
  const { t } = useTranslation();
  const update = useUpdateConnection(connection.person.id);
  const orgs = useAllMyOrgs();
  const form = useFormErrors(update.error);
  const [orgId, setOrgId] = useState(connection.contextOrg?.id ?? "");
  const [since, setSince] = useState(connection.since ?? "");
  const today = todayIso();

  const choices: { id: string; name: string }[] = [...(orgs.data ?? [])];
  const current = connection.contextOrg;
  if (current && !choices.some((o) => o.id === current.id)) choices.unshift(current);

  return (
    <form
      ref={form.formRef}
      noValidate
      aria-label={t("connections.context.formLabel", { name: connection.person.displayName })}
      className="flex flex-col gap-4 rounded-md border border-slate-200 bg-slate-50 p-3 sm:p-4"
      onSubmit={(e) => {
        e.preventDefault();
        if (!form.check({ since: since && since > today ? t("connections.context.future") : undefined }))
          return;
        const body: { contextOrgId?: string | null; contextTourId?: null; since?: string | null } = {};
        if (orgId !== (current?.id ?? "")) {
          body.contextOrgId = orgId || null;
          // A tour of duty belongs to one organization: a new organization leaves the old tour behind.
          if (connection.contextTour) body.contextTourId = null;
        }
        if (since !== (connection.since ?? "")) body.since = since || null;
        if (Object.keys(body).length === 0) return onDone(false);
        update.mutate(body, { onSuccess: () => onDone(true) });
      }}
    >
      <Select
        label={t("connections.context.orgLabel")}
        hint={t("connections.context.orgHint")}
        value={orgId}
        onChange={setOrgId}
        options={[
          { value: "", label: t("connections.context.noOrg") },
          ...choices.map((o) => ({ value: o.id, label: o.name })),
        ]}
        error={form.errorFor("contextOrgId")}
      />
      <TextField
        label={t("connections.context.sinceLabel")}
        hint={t("connections.context.sinceHint")}
        type="date"
        max={today}
        value={since}
        onChange={setSince}
        error={form.errorFor("since")}
      />
      <ErrorAlert error={update.error} placed={["contextOrgId", "since", "contextTourId"]} />
      <div className="flex flex-wrap gap-2">
        <Button type="submit" loading={update.isPending}>
          {t("connections.context.save")}
        </Button>
        <Button variant="secondary" onClick={() => onDone(false)} disabled={update.isPending}>
          {t("common.cancel")}
        </Button>
      </div>
    </form>
  );
}

/** One of my connections: who, where we know each other from, my private trust, and changes to make. */
export function ConnectionRow({
  connection,
  onRemoved,
}: {
  connection: Connection;
  onRemoved: (name: string) => void;
}) {
  const { t } = useTranslation();
  const nameId = useId();
  const [editing, setEditing] = useState(false);
  const [contextSaved, setContextSaved] = useState("");
  const editRef = useRef<HTMLButtonElement>(null);
  const remove = useRemoveConnection(connection.person.id);
  const { person } = connection;
  const context = contextText(t, connection);

  return (
    <li className="flex flex-col gap-3 rounded-lg border border-slate-200 bg-white p-4">
      <PersonLine nameId={nameId} person={person}>
        <p className="text-sm break-words text-slate-700">
          {context ?? <span className="text-slate-500">{t("connections.context.none")}</span>}
        </p>
        <p className="text-sm text-slate-600">
          {t("connections.list.connectedOn", { date: formatDay(connection.createdAt) })}
        </p>
      </PersonLine>
      <TrustSelect connection={connection} />
      {editing ? (
        <ContextForm
          connection={connection}
          onDone={(saved) => {
            setEditing(false);
            setContextSaved(saved ? t("connections.context.saved") : "");
            requestAnimationFrame(() => editRef.current?.focus());
          }}
        />
      ) : (
        <div className="flex flex-wrap items-center gap-2">
          <Button
            ref={editRef}
            variant="secondary"
            size="sm"
            aria-describedby={nameId}
            onClick={() => {
              setContextSaved("");
              setEditing(true);
            }}
          >
            {t("connections.context.edit")}
          </Button>
          <ConfirmButton
            label={t("connections.list.remove")}
            question={t("connections.list.removeQuestion", { name: person.displayName })}
            confirmLabel={t("connections.list.removeConfirm")}
            loading={remove.isPending}
            onConfirm={() => remove.mutate(undefined, { onSuccess: () => onRemoved(person.displayName) })}
          />
        </div>
      )}
      <p role="status" className="text-sm text-green-800 empty:hidden">
        {contextSaved}
      </p>
      <ErrorAlert error={remove.error} />
    </li>
  );
}
