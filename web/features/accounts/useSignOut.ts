import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useNavigate } from "@tanstack/react-router";
import { api } from "../../api/client.ts";
import { onSignedOut } from "../../api/session.ts";

export function useSignOut() {
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  return useMutation({
    mutationFn: () => api<void>("POST", "/auth/sign-out"),
    onSuccess: () => {
      onSignedOut(queryClient);
      void navigate({ to: "/" });
    },
  });
}
