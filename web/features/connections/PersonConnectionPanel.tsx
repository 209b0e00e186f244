import { Link } from "@tanstack/react-router";
import { useEffect, useId, useRef, useState } from "react";
import { useTranslation } from "react-i18next";
import { isApiError } from "../../api/client.ts";
import { Button } from "../../components/Button.tsx";
import { ConfirmButton } from "../../components/ConfirmButton.tsx";
import { ErrorAlert } from "../../components/ErrorAlert.tsx";
import { Spinner } from "../../components/Spinner.tsx";
import { useHowConnected } from "../network/queries.ts";
import { ConnectForm, sentText } from "./ConnectForm.tsx";
import { contextText } from "./format.ts";
import { useNotice } from "./Notice.tsx";
import { useAnswerRequest, useBlock, useBlockedIds, useOpenRequests, useUnblock } from "./queries.ts";

type PairState = "blocked" | "connected" | "theyAsked" | "requested" | "none";

/**
 * Where I stand with one person, from what the API already answers (there is no pair-status endpoint):
 * 1st degree means connected; an open request either way; my block list. Someone who blocks me looks like
 * anyone I am not connected to, as the API intends.
 */
function usePairState(personId: string) {
  const connected = useHowConnected(personId, true);
  const incoming = useOpenRequests("incoming");
  const outgoing = useOpenRequests("outgoing");
  const blocked = useBlockedIds();
  const theirRequest = incoming.data?.items.find((r) => r.person.id === personId);
  const myRequest = outgoing.data?.items.find((r) => r.person.id === personId);
  const loading =
    (connected.isPending && !connected.isError) ||
    incoming.isPending ||
    outgoing.isPending ||
    blocked.isPending;
  const state: PairState = blocked.data?.has(personId)
    ? "blocked"
    : connected.data?.degree === 1
      ? "connected"
      : theirRequest
        ? "theyAsked"
        : myRequest
          ? "requested"
          : "none";
  const error = [incoming.error, outgoing.error, blocked.error].find(Boolean) ?? null;
  return { state, loading, error, theirRequest, myRequest };
}

/** The less prominent actions, behind "More actions": blocking, with what it does said before it is done. */
function BlockMenu({
  personId,
  personName,
  onBlocked,
}: {
  personId: string;
  personName: string;
  onBlocked: () => void;
}) {
  const { t } = useTranslation();
  const block = useBlock();
  return (
    <details className="group rounded-md border border-slate-200">
      <summary className="cursor-pointer rounded-md px-3 py-2 text-sm font-medium text-slate-800 hover:bg-slate-50">
        {t("connections.person.more")}
      </summary>
      <div className="flex flex-col gap-2 border-t border-slate-200 p-3">
        <p className="text-sm text-slate-700">{t("connections.person.blockExplain", { name: personName })}</p>
        <div>
          <ConfirmButton
            label={t("connections.person.block", { name: personName })}
            question={t("connections.person.blockQuestion", { name: personName })}
            confirmLabel={t("connections.person.blockConfirm")}
            loading={block.isPending}
            onConfirm={() => block.mutate(personId, { onSuccess: onBlocked })}
          />
        </div>
        <ErrorAlert error={block.error} />
      </div>
    </details>
  );
}

/**
 * On someone else's profile: whether we are connected, with the one next step (Connect, Withdraw, answer
 * their request), and Block in a quieter menu.
 */
export function PersonConnectionPanel({ personId, personName }: { personId: string; personName: string }) {
  const { t } = useTranslation();
  const headingId = useId();
  const pair = usePairState(personId);
  const [override, setOverride] = useState<PairState | null>(null);
  const [connecting, setConnecting] = useState(false);
  const connectRef = useRef<HTMLButtonElement>(null);
  const notice = useNotice();
  const answer = useAnswerRequest();
  const unblock = useUnblock();

  // What an action just did shows at once; the fetched state takes over as soon as it changes.
  // biome-ignore lint/correctness/useExhaustiveDependencies: only when the fetched state changes.
  useEffect(() => setOverride(null), [pair.state]);
  const state = override ?? pair.state;
  const after = (next: PairState, text: string) => {
    setOverride(next);
    setConnecting(false);
    notice.show(text);
  };
  const answerRequest = (action: "accept" | "decline" | "withdraw", id: string) =>
    answer.mutate(
      { id, action },
      {
        onSuccess: () =>
          after(
            action === "accept" ? "connected" : "none",
            t(`connections.requests.done.${action}`, { name: personName }),
          ),
      },
    );

  if (isApiError(pair.error) && pair.error.status === 401) return null;

  return (
    <section
      aria-labelledby={headingId}
      className="flex flex-col gap-3 rounded-lg border border-slate-200 bg-white p-4 shadow-sm sm:p-6"
    >
      <h2 id={headingId} className="text-lg font-semibold text-slate-900">
        {t("connections.person.title")}
      </h2>
      {notice.view}
      {pair.loading && !override ? (
        <Spinner />
      ) : (
        <>
          {state === "connected" && (
            <div className="flex flex-col gap-2">
              <p className="flex flex-wrap items-center gap-2 text-slate-800">
                <span className="rounded-full border border-green-300 bg-green-50 px-2 py-0.5 text-sm font-semibold text-green-900">
                  {t("connections.person.connected")}
                </span>
                {t("connections.person.connectedBody", { name: personName })}
              </p>
              <p>
                <Link to="/connections" className="text-blue-800 underline">
                  {t("connections.person.manage")}
                </Link>
              </p>
            </div>
          )}
          {state === "requested" && (
            <div className="flex flex-col gap-2">
              <p className="flex flex-wrap items-center gap-2 text-slate-800">
                <span className="rounded-full border border-amber-300 bg-amber-50 px-2 py-0.5 text-sm font-semibold text-amber-900">
                  {t("connections.person.requestSent")}
                </span>
                {t("connections.person.requestSentBody", { name: personName })}
              </p>
              {pair.myRequest && (
                <div>
                  <Button
                    variant="secondary"
                    size="sm"
                    loading={answer.isPending}
                    onClick={() => pair.myRequest && answerRequest("withdraw", pair.myRequest.id)}
                  >
                    {t("connections.requests.withdraw")}
                  </Button>
                </div>
              )}
            </div>
          )}
          {state === "theyAsked" && pair.theirRequest && (
            <div className="flex flex-col gap-2">
              <p className="font-medium text-slate-900">
                {t("connections.person.theyAsked", { name: personName })}
              </p>
              {contextText(t, pair.theirRequest) && (
                <p className="text-sm text-slate-700">{contextText(t, pair.theirRequest)}</p>
              )}
              {pair.theirRequest.message && (
                <blockquote className="rounded-md border-l-4 border-slate-300 bg-slate-50 p-3 break-words whitespace-pre-line text-slate-900">
                  {pair.theirRequest.message}
                </blockquote>
              )}
              <div className="flex flex-wrap gap-2">
                <Button
                  size="sm"
                  loading={answer.isPending && answer.variables?.action === "accept"}
                  disabled={answer.isPending}
                  onClick={() => pair.theirRequest && answerRequest("accept", pair.theirRequest.id)}
                >
                  {t("connections.requests.accept")}
                </Button>
                <Button
                  variant="secondary"
                  size="sm"
                  loading={answer.isPending && answer.variables?.action === "decline"}
                  disabled={answer.isPending}
                  onClick={() => pair.theirRequest && answerRequest("decline", pair.theirRequest.id)}
                >
                  {t("connections.requests.decline")}
                </Button>
                <Link to="/connections/requests" className="self-center text-sm text-blue-800 underline">
                  {t("connections.person.allRequests")}
                </Link>
              </div>
            </div>
          )}
          {state === "none" &&
            (connecting ? (
              <ConnectForm
                person={{ id: personId, displayName: personName }}
                source="manual"
                onSent={(result) =>
                  after(
                    result.outcome === "connected" ? "connected" : "requested",
                    sentText(t, result, personName),
                  )
                }
                onCancel={() => {
                  setConnecting(false);
                  requestAnimationFrame(() => connectRef.current?.focus());
                }}
              />
            ) : (
              <div className="flex flex-col gap-2">
                <p className="text-slate-700">{t("connections.person.notConnected", { name: personName })}</p>
                <div>
                  <Button ref={connectRef} onClick={() => setConnecting(true)}>
                    {t("connections.person.connect")}
                  </Button>
                </div>
              </div>
            ))}
          {state === "blocked" && (
            <div className="flex flex-col gap-2">
              <p className="text-slate-800">{t("connections.person.blocked", { name: personName })}</p>
              <div>
                <Button
                  variant="secondary"
                  size="sm"
                  loading={unblock.isPending}
                  onClick={() =>
                    unblock.mutate(personId, {
                      onSuccess: () =>
                        after("none", t("connections.blocked.unblocked", { name: personName })),
                    })
                  }
                >
                  {t("connections.blocked.unblock")}
                </Button>
              </div>
            </div>
          )}
          <ErrorAlert error={answer.error ?? unblock.error ?? pair.error} />
          {state !== "blocked" && (
            <BlockMenu
              personId={personId}
              personName={personName}
              onBlocked={() => after("blocked", t("connections.person.blockedNow", { name: personName }))}
            />
          )}
        </>
      )}
    </section>
  );
}
