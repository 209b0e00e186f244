import { type ReactNode, useEffect, useRef, useState } from "react";
import { useTranslation } from "react-i18next";
import { THANKS_MESSAGE_MAX } from "../../../shared/introductions/constants.ts";
import type { Introduction, IntroductionStep } from "../../../shared/introductions/schemas.ts";
import { isApiError } from "../../api/client.ts";
import { Button } from "../../components/Button.tsx";
import { ErrorAlert } from "../../components/ErrorAlert.tsx";
import { Section } from "../../components/Page.tsx";
import { TextField } from "../../components/TextField.tsx";
import { introducers } from "./people.ts";
import { useThank } from "./queries.ts";

function ThankForm({
  name,
  onSend,
  onCancel,
  sending,
  error,
}: {
  name: string;
  onSend: (message: string) => void;
  onCancel: () => void;
  sending: boolean;
  error: unknown;
}) {
  const { t } = useTranslation();
  const [message, setMessage] = useState("");
  const formRef = useRef<HTMLFormElement>(null);
  // Opening the form takes you to the message box.
  useEffect(() => {
    formRef.current?.querySelector("textarea")?.focus();
  }, []);
  return (
    <form
      ref={formRef}
      className="flex flex-col gap-3"
      aria-label={t("introductions.thanks.thank", { name })}
      onSubmit={(e) => {
        e.preventDefault();
        onSend(message.trim());
      }}
    >
      <TextField
        label={t("introductions.thanks.message", { name })}
        hint={t("introductions.thanks.messageHint", { max: THANKS_MESSAGE_MAX })}
        rows={3}
        maxLength={THANKS_MESSAGE_MAX}
        value={message}
        onChange={setMessage}
      />
      <ErrorAlert error={error} />
      <div className="flex flex-wrap gap-2">
        <Button type="submit" loading={sending}>
          {t("introductions.thanks.send")}
        </Button>
        <Button variant="secondary" onClick={onCancel} disabled={sending}>
          {t("common.cancel")}
        </Button>
      </div>
    </form>
  );
}

function ThankRow({
  step,
  thanked,
  children,
}: {
  step: IntroductionStep;
  thanked: boolean;
  children?: ReactNode;
}) {
  const { t } = useTranslation();
  return (
    <li className="flex flex-col gap-3 rounded-md border border-slate-200 p-3">
      <div className="flex flex-wrap items-center justify-between gap-2">
        <span className="font-medium break-words text-slate-900">
          {step.person.displayName || t("introductions.someone")}
        </span>
        {thanked && (
          <span className="flex items-center gap-1 text-sm font-medium text-green-800">
            <span aria-hidden="true">✓</span>
            <span>{t("introductions.thanks.thanked")}</span>
          </span>
        )}
      </div>
      {children}
    </li>
  );
}

/**
 * For the requester of a made introduction: a thank-you to each person who passed it on, once each. It goes
 * on their pay-forward record. A second thanks (another tab, a double click) reads as already thanked.
 */
export function ThanksSection({ intro }: { intro: Introduction }) {
  const { t } = useTranslation();
  const thank = useThank(intro.id);
  const [openFor, setOpenFor] = useState<string | null>(null);
  const people = introducers(intro);
  if (people.length === 0) return null;

  const lastId = thank.variables?.personId;
  const lastName =
    people.find((s) => s.person.id === lastId)?.person.displayName || t("introductions.someone");
  const already = isApiError(thank.error, "ALREADY_THANKED");
  const done = thank.isSuccess
    ? t("introductions.thanks.sent", { name: lastName })
    : already
      ? t("introductions.thanks.already", { name: lastName })
      : "";

  return (
    <Section title={t("introductions.thanks.title")}>
      <div className="flex flex-col gap-3">
        <p className="text-slate-700">{t("introductions.thanks.hint")}</p>
        <ul className="flex flex-col gap-2">
          {people.map((s) => {
            const name = s.person.displayName || t("introductions.someone");
            // Shown as thanked at once, before the refreshed introduction arrives.
            const thanked = Boolean(s.thanked) || (lastId === s.person.id && done !== "");
            return (
              <ThankRow key={s.person.id} step={s} thanked={thanked}>
                {!thanked && openFor !== s.person.id && (
                  <div>
                    <Button
                      variant="secondary"
                      size="sm"
                      onClick={() => {
                        thank.reset();
                        setOpenFor(s.person.id);
                      }}
                    >
                      {t("introductions.thanks.thank", { name })}
                    </Button>
                  </div>
                )}
                {!thanked && openFor === s.person.id && (
                  <ThankForm
                    name={name}
                    sending={thank.isPending}
                    error={thank.isError && !already ? thank.error : null}
                    onCancel={() => setOpenFor(null)}
                    onSend={(message) =>
                      thank.mutate(
                        { personId: s.person.id, message },
                        {
                          onSuccess: () => setOpenFor(null),
                          onError: (error) => {
                            if (isApiError(error, "ALREADY_THANKED")) setOpenFor(null);
                          },
                        },
                      )
                    }
                  />
                )}
              </ThankRow>
            );
          })}
        </ul>
        <p role="status" className="font-medium text-green-800">
          {done}
        </p>
      </div>
    </Section>
  );
}
