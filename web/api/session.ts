import { type QueryClient, queryOptions, useQuery } from "@tanstack/react-query";
import type { SessionUser } from "../../shared/accounts/schemas.ts";
import { ApiError, api } from "./client.ts";

export const sessionKey = ["session"] as const;

/** The signed-in user, or null when signed out. A 401 here is an answer, not an error. */
export const sessionQuery = queryOptions({
  queryKey: sessionKey,
  queryFn: async (): Promise<SessionUser | null> => {
    try {
      const { user } = await api<{ user: SessionUser }>("GET", "/auth/session");
      return user;
    } catch (error) {
      if (error instanceof ApiError && error.status === 401) return null;
      throw error;
    }
  },
  staleTime: 60_000,
});

export function useSession() {
  return useQuery(sessionQuery);
}

/**
 * Only same-site paths are accepted as a place to return to after signing in, so a crafted link cannot send
 * people to another site.
 */
export function safeRedirect(target: unknown): string | undefined {
  if (typeof target !== "string" || !target.startsWith("/")) return undefined;
  if (target.startsWith("//") || target.startsWith("/\\")) return undefined;
  return target;
}

/**
 * Where to go after verifying an email. Sign-up cannot carry a return path through the emailed link, so it is
 * remembered here (localStorage: the link usually opens in a new tab).
 */
const AFTER_VERIFY_KEY = "alliance.afterVerify";

export function rememberAfterVerify(target: string | undefined): void {
  try {
    if (target) localStorage.setItem(AFTER_VERIFY_KEY, target);
    else localStorage.removeItem(AFTER_VERIFY_KEY);
  } catch {
    // Storage can be unavailable (private mode); the user simply lands on the home page.
  }
}

export function takeAfterVerify(): string | undefined {
  try {
    const target = safeRedirect(localStorage.getItem(AFTER_VERIFY_KEY));
    localStorage.removeItem(AFTER_VERIFY_KEY);
    return target;
  } catch {
    return undefined;
  }
}

/** After signing in, drop anything cached for the previous visitor and remember who is here now. */
export function onSignedIn(queryClient: QueryClient, user: SessionUser): void {
  queryClient.removeQueries({ predicate: (q) => q.queryKey[0] !== sessionKey[0] });
  queryClient.setQueryData(sessionKey, user);
}

export function onSignedOut(queryClient: QueryClient): void {
  queryClient.removeQueries({ predicate: (q) => q.queryKey[0] !== sessionKey[0] });
  queryClient.setQueryData(sessionKey, null);
}
