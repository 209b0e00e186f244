import { keepPreviousData, useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import type {
  Degree,
  DegreesResponse,
  HowConnectedResponse,
  IntroducersResponse,
  OrganizationRef,
} from "../../../shared/graph/schemas.ts";
import { api, isApiError, withQuery } from "../../api/client.ts";
import { useSession } from "../../api/session.ts";
import { introductionKeys } from "../introductions/queries.ts";
import { batches, degreeIds } from "./degrees.ts";

export const networkKeys = {
  all: ["network"] as const,
  degrees: (sortedIds: readonly string[]) => ["network", "degrees", sortedIds] as const,
  howConnected: (id: string) => ["network", "how-connected", id] as const,
  organizations: (q: string) => ["network", "organizations", q] as const,
  introducers: (by: { orgId?: string; skill?: string }) => ["network", "introducers", by] as const,
};

/**
 * Degree badges for everyone on a list: one cached answer per set of people, fetched in batches of 200.
 * While a longer list (after "Load more") is fetched, the badges already known stay on screen.
 * Signed-out visitors have no degrees, so nothing is asked for them.
 */
export function useDegrees(ids: readonly string[]) {
  const { data: user } = useSession();
  const sorted = degreeIds(ids);
  const query = useQuery({
    queryKey: networkKeys.degrees(sorted),
    queryFn: async () => {
      const answers = await Promise.all(
        batches(sorted).map((batch) =>
          api<DegreesResponse>("GET", withQuery("/network/degrees", { ids: batch.join(",") })),
        ),
      );
      return Object.assign({}, ...answers.map((a) => a.degrees)) as Record<string, Degree>;
    },
    enabled: Boolean(user) && sorted.length > 0,
    placeholderData: keepPreviousData,
    staleTime: 5 * 60_000,
  });
  const degrees = query.data;
  return { ...query, degreeOf: (id: string): Degree | undefined => degrees?.[id] };
}

export function useHowConnected(personId: string, enabled: boolean) {
  return useQuery({
    queryKey: networkKeys.howConnected(personId),
    queryFn: () => api<HowConnectedResponse>("GET", `/people/${encodeURIComponent(personId)}/how-connected`),
    enabled,
  });
}

export function useOrganizationSearch(q: string, enabled: boolean) {
  return useQuery({
    queryKey: networkKeys.organizations(q),
    queryFn: () => api<{ items: OrganizationRef[] }>("GET", withQuery("/network/organizations", { q })),
    enabled,
    placeholderData: keepPreviousData,
  });
}

export function useIntroducers(by: { orgId?: string; skill?: string }) {
  return useQuery({
    queryKey: networkKeys.introducers(by),
    queryFn: () => api<IntroducersResponse>("GET", withQuery("/network/introducers", by)),
    enabled: Boolean(by.orgId || by.skill),
  });
}

export interface IntroductionRequest {
  targetId: string;
  /** User ids from the requester to the target, both included. */
  path: string[];
  reason: string;
}

/** POST /api/v1/introductions answers 201 with the new introduction; only its id is relied on, if present. */
export function useRequestIntroduction() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: IntroductionRequest) => api<{ id?: string }>("POST", "/introductions", body),
    // The introduction lists (and the menu's count) now hold the new request.
    onSuccess: () => queryClient.invalidateQueries({ queryKey: introductionKeys.all }),
    // 422: the path no longer holds (someone changed their connections): fetch the current paths.
    onError: (error) => {
      if (isApiError(error) && error.status === 422)
        void queryClient.invalidateQueries({ queryKey: networkKeys.all });
    },
  });
}
