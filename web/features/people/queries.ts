import { queryOptions, useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import type {
  Audience,
  OwnProfile,
  ProfileView,
  UpdateProfileInput,
} from "../../../shared/people/schemas.ts";
import { api, withQuery } from "../../api/client.ts";

export const peopleKeys = {
  all: ["people"] as const,
  me: ["people", "me"] as const,
  preview: (audience: Audience) => ["people", "me", "preview", audience] as const,
  person: (id: string) => ["people", "person", id] as const,
  search: ["people", "search"] as const,
};

export const myProfileQuery = queryOptions({
  queryKey: peopleKeys.me,
  queryFn: () => api<OwnProfile>("GET", "/people/me"),
});

export function useMyProfile(options: { enabled?: boolean } = {}) {
  return useQuery({ ...myProfileQuery, enabled: options.enabled ?? true });
}

export function usePreview(audience: Audience) {
  return useQuery({
    queryKey: peopleKeys.preview(audience),
    queryFn: () => api<ProfileView>("GET", withQuery("/people/me/preview", { audience })),
  });
}

export function usePerson(id: string) {
  return useQuery({
    queryKey: peopleKeys.person(id),
    queryFn: () => api<ProfileView>("GET", `/people/${encodeURIComponent(id)}`),
  });
}

export function useUpdateProfile() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: UpdateProfileInput) => api<OwnProfile>("PATCH", "/people/me", body),
    onSuccess: (profile) => {
      queryClient.setQueryData(peopleKeys.me, profile);
      // Previews, search results and person pages may show the profile that just changed. Every people key
      // except ["people", "me"] itself (just set) is longer than two parts.
      void queryClient.invalidateQueries({
        queryKey: peopleKeys.all,
        predicate: (q) => q.queryKey.length > 2,
      });
    },
  });
}
