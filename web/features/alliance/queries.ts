import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import type { MyAlliance } from "../../../shared/checkins/schemas.ts";
import { api } from "../../api/client.ts";
import type { TimelineEntry } from "../alumni/types.ts";

export function useMyAlliance() {
  return useQuery({ queryKey: ["alliance"], queryFn: () => api<MyAlliance>("GET", "/me/alliance") });
}

export function useMyTimeline() {
  return useQuery({
    queryKey: ["timeline"],
    queryFn: () => api<{ items: TimelineEntry[] }>("GET", "/me/timeline"),
  });
}

const feedKey = ["calendar-feed"] as const;

export function useCalendarFeed() {
  return useQuery({
    queryKey: feedKey,
    queryFn: () => api<{ active: boolean; createdAt: string | null }>("GET", "/me/calendar-feed"),
  });
}

export function useCreateCalendarFeed() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () => api<{ url: string; createdAt: string }>("POST", "/me/calendar-feed"),
    onSuccess: (feed) => queryClient.setQueryData(feedKey, { active: true, createdAt: feed.createdAt }),
  });
}

export function useRevokeCalendarFeed() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () => api<void>("DELETE", "/me/calendar-feed"),
    onSuccess: () => queryClient.setQueryData(feedKey, { active: false, createdAt: null }),
  });
}
