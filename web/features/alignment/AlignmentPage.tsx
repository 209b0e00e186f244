import { Link, useNavigate, useParams, useSearch } from "@tanstack/react-router";
import { useTranslation } from "react-i18next";
import { useSession } from "../../api/session.ts";
import { Alert } from "../../components/Alert.tsx";
import { ErrorAlert } from "../../components/ErrorAlert.tsx";
import { useDocumentTitle } from "../../components/Page.tsx";
import { Select } from "../../components/Select.tsx";
import { Spinner } from "../../components/Spinner.tsx";
import { useAllMembers, useOrg } from "../organizations/queries.ts";
import { canLead } from "../organizations/roles.ts";
import { AlignmentDetails } from "./AlignmentView.tsx";
import { useAlignment } from "./queries.ts";

/**
 * How a person's values and mission meet the organization's: my own by default; managers and admins can
 * pick a member (the member's profile visibility still applies).
 */
export function AlignmentPage() {
  const { t } = useTranslation();
  const { slug } = useParams({ from: "/orgs/$slug/alignment" });
  const { personId } = useSearch({ from: "/orgs/$slug/alignment" });
  const navigate = useNavigate({ from: "/orgs/$slug/alignment" });
  const { data: org } = useOrg(slug);
  const { data: me } = useSession();
  const lead = canLead(org?.myRole);
  const members = useAllMembers(slug, lead);
  const isMe = !personId || personId === me?.id;
  const alignment = useAlignment(slug, isMe ? undefined : personId, Boolean(org?.myRole));
  useDocumentTitle(org ? `${t("orgs.tabs.alignment")} · ${org.name}` : t("orgs.tabs.alignment"));

  if (!org) return null;
  if (!org.myRole) return <Alert tone="info" title={t("orgs.membersOnly")} />;

  return (
    <section aria-labelledby="alignment-heading" className="flex flex-col gap-6">
      <h2 id="alignment-heading" className="text-xl font-semibold">
        {isMe
          ? t("alignment.mine", { org: org.name })
          : t("alignment.theirs", { name: alignment.data?.person.displayName ?? "" })}
      </h2>
      <p className="text-slate-700">{t("alignment.intro")}</p>
      {lead && (
        <div className="sm:w-80">
          <Select
            label={t("alignment.pickMember")}
            value={isMe ? "" : (personId ?? "")}
            disabled={members.isPending}
            onChange={(v) => void navigate({ search: { personId: v || undefined } })}
            options={[
              { value: "", label: t("alignment.myself") },
              ...(members.data ?? [])
                .filter((m) => m.userId !== me?.id)
                .map((m) => ({ value: m.userId, label: m.displayName })),
            ]}
          />
        </div>
      )}
      {alignment.isPending && <Spinner />}
      {alignment.isError && <ErrorAlert error={alignment.error} />}
      {alignment.data && <AlignmentDetails view={alignment.data} isMe={isMe} />}
      {isMe && (
        <p className="flex flex-wrap gap-4">
          <Link to="/profile" className="text-blue-800 underline">
            {t("alignment.editMine")}
          </Link>
          <Link to="/profile/values-exercise" className="text-blue-800 underline">
            {t("alignment.exerciseLink")}
          </Link>
        </p>
      )}
    </section>
  );
}
