import { Link } from "@tanstack/react-router";
import { useId } from "react";
import { useTranslation } from "react-i18next";
import type { Degree } from "../../../shared/graph/schemas.ts";
import type { Member, Org, Role } from "../../../shared/organizations/schemas.ts";
import { ConfirmButton } from "../../components/ConfirmButton.tsx";
import { ErrorAlert } from "../../components/ErrorAlert.tsx";
import { Select } from "../../components/Select.tsx";
import { formatDate } from "../../i18n/index.ts";
import { RecordDeparture } from "../alumni/RecordDeparture.tsx";
import { DegreeBadge } from "../network/DegreeBadge.tsx";
import { useChangeRole, useRemoveMember } from "./queries.ts";
import { canLead, canManage, ROLES } from "./roles.ts";

/**
 * One member. Owners and admins may change roles and remove others; only an owner may touch an owner's role
 * or grant ownership. Leaving is on the members page, not on one's own row.
 */
export function MemberRow({
  org,
  member,
  isMe,
  degree,
}: {
  org: Org;
  member: Member;
  isMe: boolean;
  /** How far the member is from you in your network, for the badge. */
  degree?: Degree;
}) {
  const { t } = useTranslation();
  const changeRole = useChangeRole(org.slug, member.userId);
  const remove = useRemoveMember(org.slug, member.userId);
  const iAmOwner = org.myRole === "owner";
  const editable = canManage(org.myRole) && !isMe && (iAmOwner || member.role !== "owner");
  // Managers and admins record departures and read a person's history with the organization.
  const lead = canLead(org.myRole) && !isMe;
  const nameId = useId();
  const roleOptions = ROLES.filter((r) => iAmOwner || r !== "owner").map((r) => ({
    value: r,
    label: t(`roles.${r}`),
  }));

  return (
    <li className="flex flex-col gap-3 rounded-lg border border-slate-200 bg-white p-4 sm:flex-row sm:items-start sm:justify-between">
      <div className="min-w-0">
        <div className="flex flex-wrap items-center gap-x-2 gap-y-1">
          <Link
            id={nameId}
            to="/people/$id"
            params={{ id: member.userId }}
            className="font-semibold break-words text-blue-800 underline"
          >
            {member.displayName}
          </Link>
          {isMe && <span className="text-sm text-slate-600">{t("orgs.members.you")}</span>}
          <DegreeBadge degree={degree} />
        </div>
        {member.headline && <p className="text-slate-700">{member.headline}</p>}
        {member.email && <p className="text-sm break-all text-slate-600">{member.email}</p>}
        <p className="text-sm text-slate-600">
          {!editable && <span>{t(`roles.${member.role}`)} · </span>}
          {t("orgs.members.since", { date: formatDate(member.since) })}
        </p>
        {lead && (
          <Link
            to="/orgs/$slug/people/$userId/history"
            // The visible text stays short (and free of the name, which links to the profile); the
            // description says whose history it is.
            aria-describedby={nameId}
            params={{ slug: org.slug, userId: member.userId }}
            className="text-sm text-blue-800 underline"
          >
            {t("alumni.history")}
          </Link>
        )}
      </div>
      <div className="flex flex-col gap-2 sm:w-64">
        {editable && (
          <Select<Role>
            label={t("orgs.members.roleFor", { name: member.displayName })}
            value={member.role}
            options={roleOptions}
            disabled={changeRole.isPending}
            onChange={(role) => changeRole.mutate(role)}
          />
        )}
        {editable && (
          <ConfirmButton
            label={t("orgs.members.remove", { name: member.displayName })}
            question={t("orgs.members.removeQuestion", { name: member.displayName, org: org.name })}
            confirmLabel={t("orgs.members.removeConfirm")}
            loading={remove.isPending}
            onConfirm={() => remove.mutate()}
          />
        )}
        {lead && <RecordDeparture slug={org.slug} userId={member.userId} name={member.displayName} />}
        {changeRole.isSuccess && (
          <p role="status" className="text-sm text-green-800">
            {t("orgs.members.roleChanged", {
              name: member.displayName,
              role: t(`roles.${changeRole.data.role}`),
            })}
          </p>
        )}
        <ErrorAlert error={changeRole.error ?? remove.error} />
      </div>
    </li>
  );
}
