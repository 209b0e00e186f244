import { useParams } from "@tanstack/react-router";
import { useTranslation } from "react-i18next";
import type { Invitation } from "../../../shared/organizations/schemas.ts";
import { Alert } from "../../components/Alert.tsx";
import { Button } from "../../components/Button.tsx";
import { EmptyState } from "../../components/EmptyState.tsx";
import { ErrorAlert } from "../../components/ErrorAlert.tsx";
import { LoadMore } from "../../components/LoadMore.tsx";
import { Section, useDocumentTitle } from "../../components/Page.tsx";
import { Spinner } from "../../components/Spinner.tsx";
import { formatDate } from "../../i18n/index.ts";
import { InviteForm } from "./InviteForm.tsx";
import { useInvitations, useOrg, useRevokeInvitation } from "./queries.ts";
import { canManage } from "./roles.ts";

const STATUS_STYLE: Record<Invitation["status"], string> = {
  pending: "bg-amber-100 text-amber-900",
  accepted: "bg-green-100 text-green-900",
  revoked: "bg-slate-200 text-slate-800",
  expired: "bg-slate-200 text-slate-800",
};

function InvitationRow({ slug, invitation }: { slug: string; invitation: Invitation }) {
  const { t } = useTranslation();
  const revoke = useRevokeInvitation(slug);
  return (
    <li className="flex flex-col gap-2 rounded-lg border border-slate-200 bg-white p-4 sm:flex-row sm:items-center sm:justify-between">
      <div className="min-w-0">
        <p className="font-semibold break-all">{invitation.email}</p>
        <p className="text-sm text-slate-600">
          {t(`roles.${invitation.role}`)} · {t("orgs.invitations.invitedBy", { name: invitation.invitedBy })}{" "}
          · {t("orgs.invitations.expires", { date: formatDate(invitation.expiresAt) })}
        </p>
      </div>
      <div className="flex items-center gap-3">
        <span className={`rounded-full px-3 py-1 text-sm ${STATUS_STYLE[invitation.status]}`}>
          {t(`orgs.invitations.status.${invitation.status}`)}
        </span>
        {invitation.status === "pending" && (
          <Button
            variant="secondary"
            size="sm"
            loading={revoke.isPending}
            aria-label={t("orgs.invitations.revokeFor", { email: invitation.email })}
            onClick={() => revoke.mutate(invitation.id)}
          >
            {t("orgs.invitations.revoke")}
          </Button>
        )}
      </div>
      {revoke.isError && <ErrorAlert error={revoke.error} />}
    </li>
  );
}

export function InvitationsPage() {
  const { t } = useTranslation();
  const { slug } = useParams({ from: "/orgs/$slug/invitations" });
  const { data: org } = useOrg(slug);
  const allowed = canManage(org?.myRole);
  const invitations = useInvitations(slug, allowed);
  useDocumentTitle(org ? `${t("orgs.tabs.invitations")} · ${org.name}` : t("orgs.tabs.invitations"));

  if (!org) return null;
  if (!allowed) return <Alert tone="info" title={t("orgs.adminsOnly")} />;

  return (
    <div className="flex flex-col gap-6">
      <Section title={t("orgs.invitations.formTitle")}>
        <InviteForm slug={slug} />
      </Section>
      <section aria-labelledby="invitations-heading" className="flex flex-col gap-3">
        <h2 id="invitations-heading" className="text-xl font-semibold">
          {t("orgs.invitations.listTitle")}
        </h2>
        {invitations.isPending && <Spinner />}
        {invitations.isError && <ErrorAlert error={invitations.error} />}
        {invitations.isSuccess && invitations.items.length === 0 && (
          <EmptyState title={t("orgs.invitations.empty")}>{t("orgs.invitations.emptyHint")}</EmptyState>
        )}
        <ul className="flex flex-col gap-3">
          {invitations.items.map((inv) => (
            <InvitationRow key={inv.id} slug={slug} invitation={inv} />
          ))}
        </ul>
        <LoadMore {...invitations} />
      </section>
    </div>
  );
}
