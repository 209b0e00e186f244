import { Link } from "@tanstack/react-router";
import type { TFunction } from "i18next";
import { useEffect, useRef, useState } from "react";
import { useTranslation } from "react-i18next";
import type { PersonRef } from "../../../shared/graph/schemas.ts";
import {
  DAILY_REQUEST_LIMIT,
  REASON_MAX,
  REASON_MIN,
  STEP_DAYS,
} from "../../../shared/introductions/constants.ts";
import { ApiError, isApiError } from "../../api/client.ts";
import { Alert } from "../../components/Alert.tsx";
import { Button } from "../../components/Button.tsx";
import { ErrorAlert } from "../../components/ErrorAlert.tsx";
import { RadioGroup } from "../../components/RadioGroup.tsx";
import { TextField } from "../../components/TextField.tsx";
import { useFormErrors } from "../../components/useFormErrors.ts";
import { PathChain } from "./PathChain.tsx";
import { useRequestIntroduction } from "./queries.ts";

export interface PathChoice {
  /** From you to the target, both included. */
  people: PersonRef[];
  /** What sets this path apart, e.g. "Strongest links". */
  label: string;
}

function reasonProblem(t: TFunction, reason: string): string | undefined {
  const length = reason.trim().length;
  if (length === 0) return t("validation.required");
  if (length < REASON_MIN) return t("network.intro.reasonTooShort", { min: REASON_MIN });
  if (length > REASON_MAX) return t("network.intro.reasonTooLong", { max: REASON_MAX });
  return undefined;
}

/**
 * Refusals that deserve their own words: the daily limit, a request that is already open, and a path that
 * no longer holds (someone on it changed their connections or their privacy since the page loaded).
 */
function knownRefusal(t: TFunction, error: unknown, name: string): string | null {
  if (!(error instanceof ApiError)) return null;
  if (error.code === "INTRODUCTION_LIMIT" || (error.status === 429 && error.code !== "RATE_LIMITED")) {
    return error.retryAfter
      ? t("network.intro.errors.limitRetry", {
          limit: DAILY_REQUEST_LIMIT,
          hours: Math.max(1, Math.ceil(error.retryAfter / 3600)),
        })
      : t("network.intro.errors.limit", { limit: DAILY_REQUEST_LIMIT });
  }
  if (error.code === "INTRODUCTION_EXISTS") return t("network.intro.errors.open", { name });
  if (error.code === "ALREADY_CONNECTED") return t("network.intro.errors.connected", { name });
  if (error.code === "INTRODUCTION_PATH_INVALID") return t("network.intro.errors.pathChanged");
  if (error.code === "NO_INTRODUCTION_PATH") return t("network.intro.errors.noPath", { name });
  return null;
}

/**
 * Asks for an introduction to `target` along one of `paths` (you first, target last), with a reason every
 * person on the path reads. Several paths are offered as a choice; one is simply shown.
 */
export function IntroductionRequestForm({
  target,
  paths,
  initialPath = 0,
  onCancel,
}: {
  target: PersonRef;
  paths: readonly PathChoice[];
  initialPath?: number;
  onCancel: () => void;
}) {
  const { t } = useTranslation();
  const request = useRequestIntroduction();
  const [reason, setReason] = useState("");
  const [chosen, setChosen] = useState(String(initialPath));
  const form = useFormErrors(request.error);
  const doneRef = useRef<HTMLDivElement>(null);
  const refusal = knownRefusal(t, request.error, target.displayName);
  // The paths can be refreshed under the form (after a 422); fall back to the first if the choice is gone.
  const chosenIndex = Number(chosen) < paths.length ? chosen : "0";
  const path = paths[Number(chosenIndex)];

  // Opening the form takes you to the reason; sending it takes you to the confirmation.
  // biome-ignore lint/correctness/useExhaustiveDependencies: only when the form first appears.
  useEffect(() => {
    form.formRef.current?.querySelector("textarea")?.focus();
  }, []);
  useEffect(() => {
    if (request.isSuccess) doneRef.current?.focus();
  }, [request.isSuccess]);

  if (request.isSuccess) {
    return (
      <div ref={doneRef} tabIndex={-1} className="focus-visible:outline-none">
        <Alert tone="success" title={t("network.intro.sent", { name: target.displayName })}>
          <p>{t("network.intro.sentBody", { days: STEP_DAYS })}</p>
          <p className="mt-2">
            <Link to="/introductions" search={{ box: "sent" }} className="font-medium underline">
              {t("network.intro.seeAll")}
            </Link>
          </p>
        </Alert>
      </div>
    );
  }

  return (
    <form
      ref={form.formRef}
      noValidate
      aria-label={t("network.intro.formLabel", { name: target.displayName })}
      className="flex flex-col gap-4 rounded-md border border-slate-200 bg-slate-50 p-3 sm:p-4"
      onSubmit={(e) => {
        e.preventDefault();
        if (!path || !form.check({ reason: reasonProblem(t, reason) })) return;
        request.mutate({ targetId: target.id, path: path.people.map((p) => p.id), reason: reason.trim() });
      }}
    >
      {paths.length > 1 ? (
        <RadioGroup
          legend={t("network.intro.choosePath")}
          hint={t("network.intro.pathHint", { days: STEP_DAYS })}
          name="introduction-path"
          value={chosenIndex}
          onChange={setChosen}
          options={paths.map((p, i) => ({
            value: String(i),
            label: p.label,
            description: p.people
              .map((person, j) => (j === 0 ? t("network.path.you") : person.displayName))
              .join(" → "),
          }))}
        />
      ) : (
        path && (
          <div className="flex flex-col gap-1">
            <p className="font-medium text-slate-900">{t("network.intro.pathIs")}</p>
            <PathChain people={path.people} />
            <p className="text-sm text-slate-600">{t("network.intro.pathHint", { days: STEP_DAYS })}</p>
          </div>
        )
      )}
      <TextField
        label={t("network.intro.reason")}
        hint={t("network.intro.reasonHint", { min: REASON_MIN, max: REASON_MAX })}
        rows={5}
        required
        maxLength={REASON_MAX}
        value={reason}
        onChange={setReason}
        error={form.errorFor("reason")}
      />
      {refusal ? (
        <Alert tone="error" title={refusal}>
          {isApiError(request.error, "INTRODUCTION_EXISTS") && (
            <Link to="/introductions" search={{ box: "sent" }} className="font-medium underline">
              {t("network.intro.seeAll")}
            </Link>
          )}
        </Alert>
      ) : (
        <ErrorAlert error={request.error} placed={["reason"]} />
      )}
      <div className="flex flex-wrap gap-2">
        <Button type="submit" loading={request.isPending}>
          {t("network.intro.send")}
        </Button>
        <Button variant="secondary" onClick={onCancel} disabled={request.isPending}>
          {t("common.cancel")}
        </Button>
      </div>
    </form>
  );
}
