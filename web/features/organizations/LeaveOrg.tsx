import { useNavigate } from "@tanstack/react-router";
import { useTranslation } from "react-i18next";
import type { Org } from "../../../shared/organizations/schemas.ts";
import { ConfirmButton } from "../../components/ConfirmButton.tsx";
import { ErrorAlert } from "../../components/ErrorAlert.tsx";
import { useRemoveMember } from "./queries.ts";

/** Leaving is removing oneself; the last owner is refused by the server (LAST_OWNER) with an explanation. */
export function LeaveOrg({ org, userId }: { org: Org; userId: string }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const leave = useRemoveMember(org.slug, userId);
  return (
    <div className="flex flex-col items-start gap-2">
      <ConfirmButton
        label={t("orgs.members.leave")}
        question={t("orgs.members.leaveQuestion", { org: org.name })}
        confirmLabel={t("orgs.members.leaveConfirm")}
        loading={leave.isPending}
        onConfirm={() => leave.mutate(undefined, { onSuccess: () => void navigate({ to: "/" }) })}
      />
      <ErrorAlert error={leave.error} />
    </div>
  );
}
