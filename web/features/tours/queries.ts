import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import type { z } from "zod";
import type { TourStatus, TourTerms } from "../../../shared/tours/constants.ts";
import type {
  CreateTourInput,
  Tour,
  TourSummary,
  tourVersion,
  versionDiff,
} from "../../../shared/tours/schemas.ts";
import { api } from "../../api/client.ts";
import { useCursorList } from "../../api/lists.ts";

export const tourKeys = {
  all: ["tours"] as const,
  tour: (id: string) => ["tours", "one", id] as const,
  versions: (id: string) => ["tours", "one", id, "versions"] as const,
  diff: (id: string, version: number) => ["tours", "one", id, "diff", version] as const,
  org: (slug: string) => ["tours", "org", slug] as const,
};

/** Everything that shows a tour's status elsewhere: the dashboard and the timeline. */
const DEPENDENT_KEYS = [["alliance"], ["timeline"], ["checkins"]] as const;

const tourPath = (id: string) => `/tours/${encodeURIComponent(id)}`;

/** The API types terms loosely (a record); the server always sends full TourTerms. */
export const termsOf = (tour: Pick<Tour, "terms">): TourTerms => tour.terms as unknown as TourTerms;

export type TourVersion = z.infer<typeof tourVersion>;
export type VersionDiff = z.infer<typeof versionDiff>;

export function useTour(id: string) {
  return useQuery({ queryKey: tourKeys.tour(id), queryFn: () => api<Tour>("GET", tourPath(id)) });
}

export function useOrgTours(slug: string, status: TourStatus | undefined, enabled: boolean) {
  return useCursorList<TourSummary>(
    tourKeys.org(slug),
    `/orgs/${encodeURIComponent(slug)}/tours`,
    { status },
    {
      enabled,
    },
  );
}

export function useVersions(id: string) {
  return useQuery({
    queryKey: tourKeys.versions(id),
    queryFn: () => api<{ items: TourVersion[] }>("GET", `${tourPath(id)}/versions`),
  });
}

export function useDiff(id: string, version: number | null) {
  return useQuery({
    queryKey: tourKeys.diff(id, version ?? 0),
    queryFn: () => api<VersionDiff>("GET", `${tourPath(id)}/versions/${version}/diff`),
    enabled: version !== null,
  });
}

/** After any change: the tour as the server answered, and every list that may show it refetched. */
function useTourChanged() {
  const queryClient = useQueryClient();
  return (tour: Tour) => {
    queryClient.setQueryData(tourKeys.tour(tour.id), tour);
    void queryClient.invalidateQueries({ queryKey: tourKeys.versions(tour.id) });
    void queryClient.invalidateQueries({ queryKey: tourKeys.org(tour.org.slug) });
    for (const key of DEPENDENT_KEYS) void queryClient.invalidateQueries({ queryKey: key });
  };
}

export function useCreateTour(slug: string) {
  const changed = useTourChanged();
  return useMutation({
    mutationFn: (body: CreateTourInput) => api<Tour>("POST", `/orgs/${encodeURIComponent(slug)}/tours`, body),
    onSuccess: changed,
  });
}

export type TourCommand =
  | "propose"
  | "withdraw"
  | "sign"
  | "amendments"
  | "amendments/withdraw"
  | "end-early"
  | "complete";

/**
 * Commands and edits on one tour. Each sends the row version of the tour as last fetched, so a change made
 * meanwhile by the other side is refused (TOUR_STALE) instead of silently overwritten.
 */
export function useTourCommand(tour: Tour) {
  const changed = useTourChanged();
  return useMutation({
    mutationFn: ({
      command,
      body = {},
    }: {
      command: TourCommand | "edit";
      body?: Record<string, unknown>;
    }) =>
      command === "edit"
        ? api<Tour>("PATCH", tourPath(tour.id), { version: tour.version, ...body })
        : api<Tour>("POST", `${tourPath(tour.id)}/${command}`, { version: tour.version, ...body }),
    onSuccess: changed,
  });
}

/** Refetches a tour after a TOUR_STALE answer, so the person sees what changed before trying again. */
export function useReloadTour(id: string) {
  const queryClient = useQueryClient();
  return () => {
    void queryClient.invalidateQueries({ queryKey: ["tours", "one", id] });
    void queryClient.invalidateQueries({ queryKey: ["checkins", id] });
  };
}
