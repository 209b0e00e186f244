import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import type {
  Notification,
  NotificationPreferences,
  UpdateNotificationPreferencesInput,
} from "../../../shared/notifications/schemas.ts";
import { api } from "../../api/client.ts";
import { useCursorList } from "../../api/lists.ts";

export const notificationKeys = {
  all: ["notifications"] as const,
  list: ["notifications", "list"] as const,
  unread: ["notifications", "unread"] as const,
  preferences: ["notifications", "preferences"] as const,
};

/** Unread count for the header bell: refreshed every minute and when the window regains focus. */
export function useUnreadCount(enabled: boolean) {
  return useQuery({
    queryKey: notificationKeys.unread,
    queryFn: () => api<{ count: number }>("GET", "/notifications/unread-count"),
    enabled,
    refetchInterval: 60_000,
  });
}

export function useNotifications(unreadOnly: boolean) {
  return useCursorList<Notification>(notificationKeys.list, "/notifications", {
    unread: unreadOnly ? "true" : undefined,
  });
}

export function useMarkRead() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (id: string) => api<Notification>("POST", `/notifications/${encodeURIComponent(id)}/read`),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: notificationKeys.all }),
  });
}

export function useMarkAllRead() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () => api<void>("POST", "/notifications/read-all"),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: notificationKeys.all }),
  });
}

export function usePreferences() {
  return useQuery({
    queryKey: notificationKeys.preferences,
    queryFn: () => api<NotificationPreferences>("GET", "/me/notification-preferences"),
  });
}

export function useSavePreferences() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: UpdateNotificationPreferencesInput) =>
      api<NotificationPreferences>("PUT", "/me/notification-preferences", body),
    // The checkbox moves at once; if saving fails it moves back and the error is shown.
    onMutate: (body) => {
      const before = queryClient.getQueryData<NotificationPreferences>(notificationKeys.preferences);
      if (before) {
        queryClient.setQueryData(notificationKeys.preferences, { email: { ...before.email, ...body.email } });
      }
      return { before };
    },
    onError: (_error, _body, context) => {
      if (context?.before) queryClient.setQueryData(notificationKeys.preferences, context.before);
    },
    onSuccess: (prefs) => queryClient.setQueryData(notificationKeys.preferences, prefs),
  });
}
