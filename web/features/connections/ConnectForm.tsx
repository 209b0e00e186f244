import type { TFunction } from "i18next";
import { useEffect, useState } from "react";
import { useTranslation } from "react-i18next";
import type { RequestSource } from "../../../shared/connections/constants.ts";
import { REQUEST_MESSAGE_MAX } from "../../../shared/connections/constants.ts";
import type { OrgRef, PersonSummary, SendRequestResult } from "../../../shared/connections/schemas.ts";
import { ApiError } from "../../api/client.ts";
import { Alert } from "../../components/Alert.tsx";
import { Button } from "../../components/Button.tsx";
import { formatDay } from "../../components/dates.ts";
import { ErrorAlert } from "../../components/ErrorAlert.tsx";
import { Select } from "../../components/Select.tsx";
import { TextField } from "../../components/TextField.tsx";
import { useFormErrors } from "../../components/useFormErrors.ts";
import { useAllMyOrgs, useSendRequest } from "./queries.ts";

/** Refusals that deserve their own words, naming the person. */
function knownRefusal(t: TFunction, error: unknown, name: string): string | null {
  if (!(error instanceof ApiError)) return null;
  switch (error.code) {
    case "ALREADY_CONNECTED":
      return t("connections.connect.errors.connected", { name });
    case "CONNECTION_REQUEST_EXISTS":
      return t("connections.connect.errors.open", { name });
    case "CONNECTION_REQUEST_DECLINED": {
      const after = (error.details as { retryAfter?: unknown } | undefined)?.retryAfter;
      return typeof after === "string"
        ? t("connections.connect.errors.declinedUntil", { name, date: formatDay(after) })
        : t("connections.connect.errors.declined", { name });
    }
    case "PERSON_NOT_FOUND":
      return t("connections.connect.errors.unavailable", { name });
    default:
      return null;
  }
}

/** The words for a request that went out: sent, or connected at once because they had asked first. */
export function sentText(t: TFunction, result: SendRequestResult, name: string): string {
  return result.outcome === "connected"
    ? t("connections.connect.connectedAtOnce", { name })
    : t("connections.connect.sent", { name });
}

/**
 * Asks someone to connect, with an optional message and the organization we know each other from
 * (prefilled from a suggestion). Nothing is sent until "Send request".
 */
export function ConnectForm({
  person,
  source,
  suggestedOrg,
  onSent,
  onCancel,
}: {
  person: Pick<PersonSummary, "id" | "displayName">;
  source: RequestSource;
  /** An organization to offer first (the one a suggestion is based on). */
  suggestedOrg?: OrgRef;
  onSent: (result: SendRequestResult) => void;
  onCancel: () => void;
}) {
  const { t } = useTranslation();
  const send = useSendRequest();
  const orgs = useAllMyOrgs();
  const [message, setMessage] = useState("");
  const [orgId, setOrgId] = useState(suggestedOrg?.id ?? "");
  const form = useFormErrors(send.error);
  const refusal = knownRefusal(t, send.error, person.displayName);

  // biome-ignore lint/correctness/useExhaustiveDependencies: only when the form first appears.
  useEffect(() => {
    form.formRef.current?.querySelector("textarea")?.focus();
  }, []);

  const choices: { id: string; name: string }[] = [...(orgs.data ?? [])];
  if (suggestedOrg && !choices.some((o) => o.id === suggestedOrg.id)) choices.unshift(suggestedOrg);
  const options = [
    { value: "", label: t("connections.connect.noOrg") },
    ...choices.map((o) => ({ value: o.id, label: o.name })),
  ];

  return (
    <form
      ref={form.formRef}
      noValidate
      aria-label={t("connections.connect.formLabel", { name: person.displayName })}
      className="flex flex-col gap-4 rounded-md border border-slate-200 bg-slate-50 p-3 sm:p-4"
      onSubmit={(e) => {
        e.preventDefault();
        const tooLong = message.trim().length > REQUEST_MESSAGE_MAX;
        if (
          !form.check({
            message: tooLong
              ? t("connections.connect.messageTooLong", { max: REQUEST_MESSAGE_MAX })
              : undefined,
          })
        )
          return;
        send.mutate(
          {
            toUserId: person.id,
            message: message.trim(),
            ...(orgId ? { contextOrgId: orgId } : {}),
            source,
          },
          { onSuccess: onSent },
        );
      }}
    >
      <TextField
        label={t("connections.connect.message")}
        hint={t("connections.connect.messageHint", { name: person.displayName, max: REQUEST_MESSAGE_MAX })}
        rows={3}
        maxLength={REQUEST_MESSAGE_MAX}
        value={message}
        onChange={setMessage}
        error={form.errorFor("message")}
      />
      <Select
        label={t("connections.connect.org")}
        hint={t("connections.connect.orgHint")}
        value={orgId}
        onChange={setOrgId}
        options={options}
        error={form.errorFor("contextOrgId")}
      />
      {refusal ? (
        <Alert tone="error" title={refusal} />
      ) : (
        <ErrorAlert error={send.error} placed={["message", "contextOrgId"]} />
      )}
      <p className="text-sm text-slate-600">
        {t("connections.connect.whatHappens", { name: person.displayName })}
      </p>
      <div className="flex flex-wrap gap-2">
        <Button type="submit" loading={send.isPending}>
          {t("connections.connect.send")}
        </Button>
        <Button variant="secondary" onClick={onCancel} disabled={send.isPending}>
          {t("common.cancel")}
        </Button>
      </div>
    </form>
  );
}
