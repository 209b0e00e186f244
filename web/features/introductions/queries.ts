import { type QueryClient, useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import type {
  Decision,
  Introduction,
  IntroductionBox,
  IntroductionPage,
  Outcome,
} from "../../../shared/introductions/schemas.ts";
import type { PayForwardRecord, Thanks } from "../../../shared/pay-forward/schemas.ts";
import { api, isApiError, withQuery } from "../../api/client.ts";
import { useCursorList } from "../../api/lists.ts";

export const introductionKeys = {
  all: ["introductions"] as const,
  list: (box: IntroductionBox) => ["introductions", "list", box] as const,
  inboxCount: ["introductions", "inbox-count"] as const,
  one: (id: string) => ["introductions", "one", id] as const,
};

export const payForwardKeys = { me: ["pay-forward", "me"] as const };

/** How many waiting requests the menu badge and the "Waiting on me" tab count; beyond that they say "50+". */
export const INBOX_COUNT_LIMIT = 50;

/** "3", or "50+" when the inbox holds more than the first page counted; nothing when none wait. */
export function inboxCountText(count: { count: number; more: boolean } | undefined): string | null {
  if (!count || count.count === 0) return null;
  return count.more ? `${INBOX_COUNT_LIMIT}+` : String(count.count);
}

const introductionPath = (id: string) => `/introductions/${encodeURIComponent(id)}`;

export function useIntroductions(box: IntroductionBox) {
  return useCursorList<Introduction>(introductionKeys.list(box), "/introductions", { box });
}

/**
 * How many introductions wait on me: the first page of the inbox, counted. There is no count endpoint, and
 * an inbox rarely holds more than a handful, so this stays cheap.
 */
export function useInboxCount(enabled: boolean) {
  return useQuery({
    queryKey: introductionKeys.inboxCount,
    queryFn: () =>
      api<IntroductionPage>("GET", withQuery("/introductions", { box: "inbox", limit: INBOX_COUNT_LIMIT })),
    select: (page) => ({ count: page.items.length, more: page.nextCursor !== null }),
    enabled,
    staleTime: 60_000,
  });
}

export function useIntroduction(id: string) {
  return useQuery({
    queryKey: introductionKeys.one(id),
    queryFn: () => api<Introduction>("GET", introductionPath(id)),
  });
}

/** After any change: the introduction as the server now shows it, and every list that may hold it. */
function refreshAfterChange(queryClient: QueryClient, id: string, intro?: Introduction) {
  if (intro) queryClient.setQueryData(introductionKeys.one(id), intro);
  else void queryClient.invalidateQueries({ queryKey: introductionKeys.one(id) });
  void queryClient.invalidateQueries({
    queryKey: introductionKeys.all,
    predicate: (q) => q.queryKey[1] !== "one",
  });
  void queryClient.invalidateQueries({ queryKey: payForwardKeys.me });
}

/**
 * A refusal that means the copy on screen is out of date (answered, withdrawn or expired meanwhile, or no
 * longer visible): fetch the current state so the person sees what changed before deciding again.
 */
function refreshIfOutdated(queryClient: QueryClient, id: string, error: unknown) {
  if (isApiError(error) && (error.status === 409 || error.status === 404 || error.status === 403)) {
    refreshAfterChange(queryClient, id);
  }
}

export type IntroductionCommand =
  | { kind: "respond"; decision: Decision; note: string; version: number }
  | { kind: "withdraw" }
  | { kind: "outcome"; outcome: Outcome };

/** Answer, withdraw, or record the outcome of one introduction. */
export function useIntroductionCommand(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (command: IntroductionCommand) => {
      const path = introductionPath(id);
      switch (command.kind) {
        case "respond":
          return api<Introduction>("POST", `${path}/respond`, {
            decision: command.decision,
            note: command.note,
            version: command.version,
          });
        case "withdraw":
          return api<Introduction>("POST", `${path}/withdraw`);
        case "outcome":
          return api<Introduction>("POST", `${path}/outcome`, { outcome: command.outcome });
      }
    },
    onSuccess: (intro) => refreshAfterChange(queryClient, id, intro),
    onError: (error) => refreshIfOutdated(queryClient, id, error),
  });
}

/** The requester thanks one intermediary. Already thanked (409 ALREADY_THANKED) shows as thanked. */
export function useThank(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: { personId: string; message: string }) =>
      api<Thanks>("POST", `${introductionPath(id)}/thanks`, body),
    onSuccess: () => refreshAfterChange(queryClient, id),
    onError: (error) => refreshIfOutdated(queryClient, id, error),
  });
}

export function usePayForward() {
  return useQuery({
    queryKey: payForwardKeys.me,
    queryFn: () => api<PayForwardRecord>("GET", "/pay-forward/me"),
  });
}
