import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import type {
  AlignmentView,
  CatalogValue,
  CreateValueInput,
  Exercise,
  ExerciseInput,
  ValuesList,
} from "../../../shared/alignment/schemas.ts";
import { api, withQuery } from "../../api/client.ts";

export const alignmentKeys = {
  values: (orgSlug?: string) => ["values", orgSlug ?? ""] as const,
  exercise: ["alignment", "exercise"] as const,
  view: (slug: string, personId?: string) => ["alignment", "view", slug, personId ?? "me"] as const,
};

const slugPath = (slug: string) => `/orgs/${encodeURIComponent(slug)}`;

/** The values catalog: the shared values, plus an organization's own when `orgSlug` is given. */
export function useValuesCatalog(orgSlug?: string) {
  return useQuery({
    queryKey: alignmentKeys.values(orgSlug),
    queryFn: () => api<ValuesList>("GET", withQuery("/values", { orgSlug })),
    staleTime: 5 * 60_000,
  });
}

export function useAddOrgValue(slug: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: CreateValueInput) => api<CatalogValue>("POST", `${slugPath(slug)}/values`, body),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ["values"] }),
  });
}

export function useRemoveOrgValue(slug: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (valueId: string) =>
      api<void>("DELETE", `${slugPath(slug)}/values/${encodeURIComponent(valueId)}`),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ["values"] }),
  });
}

export function useExercise() {
  return useQuery({
    queryKey: alignmentKeys.exercise,
    queryFn: () => api<Exercise>("GET", "/alignment/exercise"),
  });
}

export function useSaveExercise() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: ExerciseInput) => api<Exercise>("PUT", "/alignment/exercise", body),
    onSuccess: (saved) => queryClient.setQueryData(alignmentKeys.exercise, saved),
  });
}

/** A person's alignment with an organization; the caller's own when personId is omitted. */
export function useAlignment(slug: string, personId: string | undefined, enabled = true) {
  return useQuery({
    queryKey: alignmentKeys.view(slug, personId),
    queryFn: () => api<AlignmentView>("GET", withQuery(`${slugPath(slug)}/alignment`, { personId })),
    enabled,
  });
}
