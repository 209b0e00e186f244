import { useInfiniteQuery, useMutation, useQueryClient } from "@tanstack/react-query";
import type { CheckIn, CreateCheckInInput, UpdateCheckInInput } from "../../../shared/checkins/schemas.ts";
import { api, withQuery } from "../../api/client.ts";
import { PAGE_SIZE } from "../../api/lists.ts";

export const checkInKeys = {
  tour: (tourId: string) => ["checkins", tourId] as const,
};

export interface CheckInSchedule {
  cadenceMonths: number;
  nextDueOn: string | null;
  overdue: boolean;
}

interface CheckInPage {
  items: CheckIn[];
  nextCursor: string | null;
  schedule: CheckInSchedule;
}

const path = (tourId: string) => `/tours/${encodeURIComponent(tourId)}/check-ins`;

/** A tour's check-ins, newest first, with the schedule (next due date, overdue) from the first page. */
export function useCheckIns(tourId: string) {
  const query = useInfiniteQuery({
    queryKey: checkInKeys.tour(tourId),
    queryFn: ({ pageParam }) =>
      api<CheckInPage>("GET", withQuery(path(tourId), { cursor: pageParam, limit: PAGE_SIZE })),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (last) => last.nextCursor ?? undefined,
  });
  return {
    ...query,
    items: query.data?.pages.flatMap((p) => p.items) ?? [],
    schedule: query.data?.pages[0]?.schedule,
  };
}

/** A check-in changes the schedule, the dashboard and the timeline's counts. */
function useCheckInsChanged(tourId: string) {
  const queryClient = useQueryClient();
  return () => {
    void queryClient.invalidateQueries({ queryKey: checkInKeys.tour(tourId) });
    void queryClient.invalidateQueries({ queryKey: ["alliance"] });
    void queryClient.invalidateQueries({ queryKey: ["timeline"] });
  };
}

export function useRecordCheckIn(tourId: string) {
  const changed = useCheckInsChanged(tourId);
  return useMutation({
    mutationFn: (body: CreateCheckInInput) => api<CheckIn>("POST", path(tourId), body),
    onSuccess: changed,
  });
}

export function useUpdateCheckIn(tourId: string, checkInId: string) {
  const changed = useCheckInsChanged(tourId);
  return useMutation({
    mutationFn: (body: UpdateCheckInInput) =>
      api<CheckIn>("PATCH", `${path(tourId)}/${encodeURIComponent(checkInId)}`, body),
    onSuccess: changed,
  });
}

export function useSavePrivateNote(tourId: string, checkInId: string) {
  const changed = useCheckInsChanged(tourId);
  return useMutation({
    mutationFn: (note: string) =>
      api<CheckIn>("PUT", `${path(tourId)}/${encodeURIComponent(checkInId)}/private-note`, { note }),
    onSuccess: changed,
  });
}
