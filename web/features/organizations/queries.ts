import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import type {
  CreateOrgInput,
  Invitation,
  Member,
  Org,
  Role,
  UpdateOrgInput,
} from "../../../shared/organizations/schemas.ts";
import { api, withQuery } from "../../api/client.ts";
import { type Page, useCursorList } from "../../api/lists.ts";

export const orgKeys = {
  all: ["orgs"] as const,
  mine: ["orgs", "mine"] as const,
  org: (slug: string) => ["orgs", "org", slug] as const,
  members: (slug: string) => ["orgs", "org", slug, "members"] as const,
  invitations: (slug: string) => ["orgs", "org", slug, "invitations"] as const,
};

const orgPath = (slug: string) => `/orgs/${encodeURIComponent(slug)}`;

export function useMyOrgs(options: { enabled?: boolean } = {}) {
  return useCursorList<Org>(orgKeys.mine, "/orgs", {}, options);
}

export function useOrg(slug: string) {
  return useQuery({ queryKey: orgKeys.org(slug), queryFn: () => api<Org>("GET", orgPath(slug)) });
}

export function useMembers(slug: string, enabled: boolean) {
  return useCursorList<Member>(orgKeys.members(slug), `${orgPath(slug)}/members`, {}, { enabled });
}

/**
 * Every member at once, for pickers (person, sponsor): pages of 100 are fetched until the end. Organizations
 * large enough for this to be slow would need a search box instead.
 */
export function useAllMembers(slug: string, enabled = true) {
  return useQuery({
    queryKey: [...orgKeys.members(slug), "all"],
    enabled,
    queryFn: async () => {
      const all: Member[] = [];
      let cursor: string | undefined;
      do {
        const page: Page<Member> = await api(
          "GET",
          withQuery(`${orgPath(slug)}/members`, { cursor, limit: 100 }),
        );
        all.push(...page.items);
        cursor = page.nextCursor ?? undefined;
      } while (cursor);
      return all;
    },
  });
}

export function useInvitations(slug: string, enabled: boolean) {
  return useCursorList<Invitation>(
    orgKeys.invitations(slug),
    `${orgPath(slug)}/invitations`,
    {},
    { enabled },
  );
}

export function useCreateOrg() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: CreateOrgInput) => api<Org>("POST", "/orgs", body),
    onSuccess: (org) => {
      queryClient.setQueryData(orgKeys.org(org.slug), org);
      void queryClient.invalidateQueries({ queryKey: orgKeys.mine });
    },
  });
}

export function useUpdateOrg(slug: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: UpdateOrgInput) => api<Org>("PATCH", orgPath(slug), body),
    onSuccess: (org) => {
      queryClient.setQueryData(orgKeys.org(org.slug), org);
      void queryClient.invalidateQueries({ queryKey: orgKeys.mine });
    },
  });
}

/** Member changes alter the list, the org's member count and possibly my own role. */
function useRefreshOrg(slug: string) {
  const queryClient = useQueryClient();
  return () => queryClient.invalidateQueries({ queryKey: orgKeys.org(slug) });
}

export function useChangeRole(slug: string, userId: string) {
  const refresh = useRefreshOrg(slug);
  return useMutation({
    mutationFn: (role: Role) =>
      api<Member>("PATCH", `${orgPath(slug)}/members/${encodeURIComponent(userId)}`, { role }),
    onSuccess: refresh,
  });
}

export function useRemoveMember(slug: string, userId: string) {
  const queryClient = useQueryClient();
  const refresh = useRefreshOrg(slug);
  return useMutation({
    mutationFn: () => api<void>("DELETE", `${orgPath(slug)}/members/${encodeURIComponent(userId)}`),
    onSuccess: () => {
      void refresh();
      void queryClient.invalidateQueries({ queryKey: orgKeys.mine });
    },
  });
}

export function useInvite(slug: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: { email: string; role: Role }) =>
      api<Invitation>("POST", `${orgPath(slug)}/invitations`, body),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: orgKeys.invitations(slug) }),
  });
}

export function useRevokeInvitation(slug: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (invitationId: string) =>
      api<void>("DELETE", `${orgPath(slug)}/invitations/${encodeURIComponent(invitationId)}`),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: orgKeys.invitations(slug) }),
  });
}

export function useAcceptInvitation() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (token: string) => api<Org>("POST", "/invitations/accept", { token }),
    onSuccess: (org) => {
      queryClient.setQueryData(orgKeys.org(org.slug), org);
      void queryClient.invalidateQueries({ queryKey: orgKeys.mine });
    },
  });
}
