import { type QueryClient, useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { BULK_REQUEST_MAX } from "../../../shared/connections/constants.ts";
import type {
  BlockedPage,
  BlockedPerson,
  BulkRequestResult,
  Connection,
  ConnectionListVisibility,
  ConnectionRequest,
  ConnectionRequestPage,
  ConnectionSettings,
  ImportResult,
  ListedConnection,
  RequestBox,
  RequestSource,
  SendRequestResult,
  SuggestionList,
  UpdateConnectionInput,
} from "../../../shared/connections/schemas.ts";
import type { Org } from "../../../shared/organizations/schemas.ts";
import { api, withQuery } from "../../api/client.ts";
import { type Page, useCursorList } from "../../api/lists.ts";
import { networkKeys } from "../network/queries.ts";
import { orgKeys } from "../organizations/queries.ts";
import { REQUEST_COUNT_LIMIT } from "./limits.ts";

export type ConnectionSort = "recent" | "name";

export const connectionKeys = {
  all: ["connections"] as const,
  list: ["connections", "list"] as const,
  requests: (box: RequestBox) => ["connections", "requests", box] as const,
  /** The first REQUEST_COUNT_LIMIT open requests of a box: counts, and a person's page. */
  openRequests: (box: RequestBox) => ["connections", "requests", box, "open"] as const,
  settings: ["connections", "settings"] as const,
  blocks: ["connections", "blocks"] as const,
  blockedIds: ["connections", "blocks", "ids"] as const,
  suggestions: ["connections", "suggestions"] as const,
  ofPerson: (id: string) => ["connections", "of", id] as const,
};

const userPath = (id: string) => encodeURIComponent(id);

/**
 * After anything that changes who is connected to whom: every connections list, request box, count and
 * suggestion, and the network's degrees and paths (which follow connections, trust and list visibility).
 */
export function refreshConnections(queryClient: QueryClient) {
  void queryClient.invalidateQueries({ queryKey: connectionKeys.all });
  void queryClient.invalidateQueries({ queryKey: networkKeys.all });
}

// ---- my connections ----

export function useMyConnections(q: string, sort: ConnectionSort) {
  return useCursorList<Connection>(connectionKeys.list, "/connections", { q, sort });
}

export function useUpdateConnection(userId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: UpdateConnectionInput) =>
      api<Connection>("PATCH", `/connections/${userPath(userId)}`, body),
    // Trust is a link cost in the graph, so paths may change too.
    onSuccess: () => refreshConnections(queryClient),
  });
}

export function useRemoveConnection(userId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () => api<void>("DELETE", `/connections/${userPath(userId)}`),
    onSuccess: () => refreshConnections(queryClient),
  });
}

/**
 * Every organization I belong to, for the "where we know each other from" choice: pages of 100 until the
 * end (people belong to a handful).
 */
export function useAllMyOrgs(enabled = true) {
  return useQuery({
    queryKey: [...orgKeys.mine, "all"],
    enabled,
    queryFn: async () => {
      const all: Org[] = [];
      let cursor: string | undefined;
      do {
        const page: Page<Org> = await api("GET", withQuery("/orgs", { cursor, limit: 100 }));
        all.push(...page.items);
        cursor = page.nextCursor ?? undefined;
      } while (cursor);
      return all;
    },
    staleTime: 5 * 60_000,
  });
}

// ---- requests ----

export function useRequests(box: RequestBox) {
  return useCursorList<ConnectionRequest>(connectionKeys.requests(box), "/connections/requests", { box });
}

/** The open requests of a box, up to REQUEST_COUNT_LIMIT: for counts and for one person's state. */
export function useOpenRequests(box: RequestBox, enabled = true) {
  return useQuery({
    queryKey: connectionKeys.openRequests(box),
    queryFn: () =>
      api<ConnectionRequestPage>(
        "GET",
        withQuery("/connections/requests", { box, limit: REQUEST_COUNT_LIMIT }),
      ),
    enabled,
    staleTime: 60_000,
  });
}

/** "3", "100+", or null when there are none (or the count is not known yet). */
export function requestCountText(page: ConnectionRequestPage | undefined): string | null {
  if (!page || page.items.length === 0) return null;
  return page.nextCursor ? `${REQUEST_COUNT_LIMIT}+` : String(page.items.length);
}

export interface SendRequestInput {
  toUserId: string;
  message?: string;
  contextOrgId?: string;
  source: RequestSource;
}

export function useSendRequest() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: SendRequestInput) => api<SendRequestResult>("POST", "/connections/requests", body),
    onSettled: () => refreshConnections(queryClient),
  });
}

export type RequestAction = "accept" | "decline" | "ignore" | "withdraw";

export function useAnswerRequest() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ id, action }: { id: string; action: RequestAction }) =>
      api<Connection | undefined>("POST", `/connections/requests/${encodeURIComponent(id)}/${action}`),
    // Also after a refusal (404, 409): the request was answered elsewhere, so show the lists as they are now.
    onSettled: () => refreshConnections(queryClient),
  });
}

/** Asks many people, BULK_REQUEST_MAX at a time; the results come back in one list. */
export function useBulkRequest() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (userIds: string[]) => {
      const results: BulkRequestResult["results"] = [];
      for (let i = 0; i < userIds.length; i += BULK_REQUEST_MAX) {
        const answer = await api<BulkRequestResult>("POST", "/connections/requests/bulk", {
          toUserIds: userIds.slice(i, i + BULK_REQUEST_MAX),
          source: "import",
        });
        results.push(...answer.results);
      }
      return results;
    },
    onSettled: () => refreshConnections(queryClient),
  });
}

// ---- settings ----

export function useConnectionSettings() {
  return useQuery({
    queryKey: connectionKeys.settings,
    queryFn: () => api<ConnectionSettings>("GET", "/connections/settings"),
  });
}

export function useUpdateConnectionSettings() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (listVisibility: ConnectionListVisibility) =>
      api<ConnectionSettings>("PUT", "/connections/settings", { listVisibility }),
    onSuccess: (settings) => {
      queryClient.setQueryData(connectionKeys.settings, settings);
      // Who may be routed through me changed, so others' paths (and mine, cached) may too.
      void queryClient.invalidateQueries({ queryKey: networkKeys.all });
    },
  });
}

// ---- blocks ----

export function useBlocks() {
  return useCursorList<BlockedPerson>(connectionKeys.blocks, "/blocks");
}

/** The ids of the people I block (the first 100): enough for a person's page to know. */
export function useBlockedIds(enabled = true) {
  return useQuery({
    queryKey: connectionKeys.blockedIds,
    queryFn: () => api<BlockedPage>("GET", withQuery("/blocks", { limit: 100 })),
    select: (page) => new Set(page.items.map((b) => b.person.id)),
    enabled,
  });
}

export function useBlock() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (userId: string) => api<void>("PUT", `/blocks/${userPath(userId)}`),
    onSettled: () => refreshConnections(queryClient),
  });
}

export function useUnblock() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (userId: string) => api<void>("DELETE", `/blocks/${userPath(userId)}`),
    onSettled: () => refreshConnections(queryClient),
  });
}

// ---- suggestions ----

export const SUGGESTIONS_SHOWN = 10;

export function useSuggestions() {
  return useQuery({
    queryKey: connectionKeys.suggestions,
    queryFn: () =>
      api<SuggestionList>("GET", withQuery("/connections/suggestions", { limit: SUGGESTIONS_SHOWN })),
  });
}

export function useDismissSuggestion() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (userId: string) => api<void>("POST", `/connections/suggestions/${userPath(userId)}/dismiss`),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: connectionKeys.suggestions }),
  });
}

// ---- someone's connections ----

export function usePersonConnections(personId: string, enabled: boolean) {
  return useCursorList<ListedConnection>(
    connectionKeys.ofPerson(personId),
    `/people/${userPath(personId)}/connections`,
    {},
    { enabled },
  );
}

// ---- import ----

export function useImport() {
  return useMutation({
    mutationFn: (csv: string) => api<ImportResult>("POST", "/connections/import", { csv }),
  });
}
