import { useInfiniteQuery, useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import type {
  AlumniTier,
  DepartureReasonCategory,
  MANUAL_STAGES,
} from "../../../shared/affiliations/constants.ts";
import { api, withQuery } from "../../api/client.ts";
import { PAGE_SIZE, useCursorList } from "../../api/lists.ts";
import { orgKeys } from "../organizations/queries.ts";
import type { Affiliation, AlumniArea, Alumnus, Departure, OrgPersonHistory } from "./types.ts";

const slugPath = (slug: string) => `/orgs/${encodeURIComponent(slug)}`;

export const alumniKeys = {
  list: (slug: string) => ["alumni", slug, "list"] as const,
  area: (slug: string) => ["alumni", slug, "area"] as const,
  departures: (slug: string) => ["alumni", slug, "departures"] as const,
  history: (slug: string, userId: string) => ["alumni", slug, "history", userId] as const,
};

export function useAlumni(slug: string, params: { tier?: AlumniTier; q?: string }, enabled: boolean) {
  return useCursorList<Alumnus>(alumniKeys.list(slug), `${slugPath(slug)}/alumni`, params, { enabled });
}

/** The alumni area answers 200 to members and alumni, 403 to everyone else. */
export function useAlumniArea(slug: string) {
  const query = useInfiniteQuery({
    queryKey: alumniKeys.area(slug),
    queryFn: ({ pageParam }) =>
      api<AlumniArea>(
        "GET",
        withQuery(`${slugPath(slug)}/alumni-area`, { cursor: pageParam, limit: PAGE_SIZE }),
      ),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (last) => last.nextCursor ?? undefined,
  });
  const first = query.data?.pages[0];
  return { ...query, area: first, alumni: query.data?.pages.flatMap((p) => p.alumni) ?? [] };
}

export function usePendingDepartures(slug: string, enabled: boolean) {
  return useCursorList<Departure>(
    alumniKeys.departures(slug),
    `${slugPath(slug)}/departures`,
    { pending: "true" },
    {
      enabled,
    },
  );
}

export function usePersonHistory(slug: string, userId: string) {
  return useQuery({
    queryKey: alumniKeys.history(slug, userId),
    queryFn: () =>
      api<OrgPersonHistory>("GET", `${slugPath(slug)}/people/${encodeURIComponent(userId)}/history`),
  });
}

/** Departures change the alumni list, the members list (later), histories and my timeline. */
function useAlumniChanged(slug: string) {
  const queryClient = useQueryClient();
  return () => {
    void queryClient.invalidateQueries({ queryKey: ["alumni", slug] });
    void queryClient.invalidateQueries({ queryKey: orgKeys.org(slug) });
    void queryClient.invalidateQueries({ queryKey: ["timeline"] });
  };
}

export interface RecordDepartureInput {
  userId: string;
  lastDay: string;
  reasonCategory: DepartureReasonCategory | null;
  goodStanding: boolean;
}

export function useRecordDeparture(slug: string) {
  const changed = useAlumniChanged(slug);
  return useMutation({
    mutationFn: (body: RecordDepartureInput) => api<Departure>("POST", `${slugPath(slug)}/departures`, body),
    onSuccess: changed,
  });
}

export type ManualStage = (typeof MANUAL_STAGES)[number];

export interface AddStageInput {
  userId: string;
  stage: ManualStage;
  startedOn: string;
  endedOn: string | null;
}

/** Contractor, advisor and partner stages, added by owners and admins; the person's history shows them. */
export function useAddStage(slug: string) {
  const changed = useAlumniChanged(slug);
  return useMutation({
    mutationFn: (body: AddStageInput) => api<Affiliation>("POST", `${slugPath(slug)}/affiliations`, body),
    onSuccess: changed,
  });
}

export function useSelfDeparture(slug: string) {
  const changed = useAlumniChanged(slug);
  return useMutation({
    mutationFn: (lastDay: string) => api<Departure>("POST", `${slugPath(slug)}/departures/mine`, { lastDay }),
    onSuccess: changed,
  });
}

export function useConfirmDeparture(slug: string) {
  const changed = useAlumniChanged(slug);
  return useMutation({
    mutationFn: ({ id, goodStanding }: { id: string; goodStanding: boolean }) =>
      api<Departure>("POST", `${slugPath(slug)}/departures/${encodeURIComponent(id)}/confirm`, {
        goodStanding,
      }),
    onSuccess: changed,
  });
}

export function useChangeTier(slug: string, userId: string) {
  const changed = useAlumniChanged(slug);
  return useMutation({
    mutationFn: (tier: AlumniTier) =>
      api<void>("PATCH", `${slugPath(slug)}/alumni/${encodeURIComponent(userId)}`, { tier }),
    onSuccess: changed,
  });
}

export function useRemoveAlumnus(slug: string, userId: string) {
  const changed = useAlumniChanged(slug);
  return useMutation({
    mutationFn: (reason: string) =>
      api<void>("POST", `${slugPath(slug)}/alumni/${encodeURIComponent(userId)}/remove`, { reason }),
    onSuccess: changed,
  });
}
