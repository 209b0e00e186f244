import { useParams } from "@tanstack/react-router";
import { useTranslation } from "react-i18next";
import { useSession } from "../../api/session.ts";
import { Alert } from "../../components/Alert.tsx";
import { EmptyState } from "../../components/EmptyState.tsx";
import { ErrorAlert } from "../../components/ErrorAlert.tsx";
import { LoadMore } from "../../components/LoadMore.tsx";
import { useDocumentTitle } from "../../components/Page.tsx";
import { Spinner } from "../../components/Spinner.tsx";
import { SelfDeparture } from "../alumni/SelfDeparture.tsx";
import { useDegrees } from "../network/queries.ts";
import { LeaveOrg } from "./LeaveOrg.tsx";
import { MemberRow } from "./MemberRow.tsx";
import { useMembers, useOrg } from "./queries.ts";

export function MembersPage() {
  const { t } = useTranslation();
  const { slug } = useParams({ from: "/orgs/$slug/members" });
  const { data: org } = useOrg(slug);
  const { data: user } = useSession();
  const isMember = Boolean(org?.myRole);
  const members = useMembers(slug, isMember);
  const degrees = useDegrees(members.items.map((m) => m.userId));
  useDocumentTitle(org ? `${t("orgs.tabs.members")} · ${org.name}` : t("orgs.tabs.members"));

  if (!org) return null;
  if (!isMember) return <Alert tone="info" title={t("orgs.membersOnly")} />;

  return (
    <section aria-labelledby="members-heading" className="flex flex-col gap-4">
      <div className="flex flex-wrap items-start justify-between gap-3">
        <h2 id="members-heading" className="text-xl font-semibold">
          {t("orgs.tabs.members")}
        </h2>
        <div className="flex flex-wrap items-start gap-2">
          <SelfDeparture slug={slug} />
          {user && <LeaveOrg org={org} userId={user.id} />}
        </div>
      </div>
      {members.isPending && <Spinner />}
      {members.isError && <ErrorAlert error={members.error} />}
      {members.isSuccess && members.items.length === 0 && <EmptyState title={t("orgs.members.empty")} />}
      <ul className="flex flex-col gap-3">
        {members.items.map((m) => (
          <MemberRow
            key={m.userId}
            org={org}
            member={m}
            isMe={m.userId === user?.id}
            degree={degrees.degreeOf(m.userId)}
          />
        ))}
      </ul>
      <LoadMore {...members} />
    </section>
  );
}
