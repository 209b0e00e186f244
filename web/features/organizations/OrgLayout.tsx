import { Link, Outlet, useParams } from "@tanstack/react-router";
import type { ReactNode } from "react";
import { useTranslation } from "react-i18next";
import { isApiError } from "../../api/client.ts";
import { EmptyState } from "../../components/EmptyState.tsx";
import { ErrorAlert } from "../../components/ErrorAlert.tsx";
import { Page } from "../../components/Page.tsx";
import { Spinner } from "../../components/Spinner.tsx";
import { useOrg } from "./queries.ts";
import { canManage } from "./roles.ts";

type OrgTab = "/orgs/$slug" | "/orgs/$slug/members" | "/orgs/$slug/invitations" | "/orgs/$slug/settings";

function TabLink({ to, slug, children }: { to: OrgTab; slug: string; children: ReactNode }) {
  return (
    <Link
      to={to}
      params={{ slug }}
      activeOptions={{ exact: true }}
      className="block border-b-2 border-transparent px-3 py-2 text-slate-700 hover:text-slate-950 aria-[current=page]:border-blue-700 aria-[current=page]:font-semibold aria-[current=page]:text-blue-900"
    >
      {children}
    </Link>
  );
}

/** The organization's frame: its name, the sections the viewer may open, then the open section. */
export function OrgLayout() {
  const { t } = useTranslation();
  const { slug } = useParams({ from: "/orgs/$slug" });
  const org = useOrg(slug);

  if (org.isPending) return <Spinner />;
  if (isApiError(org.error, "ORG_NOT_FOUND") || isApiError(org.error, "NOT_FOUND")) {
    return (
      <Page title={t("orgs.notFound.title")}>
        <EmptyState title={t("orgs.notFound.title")}>{t("orgs.notFound.body")}</EmptyState>
      </Page>
    );
  }
  if (org.isError) return <ErrorAlert error={org.error} />;

  const { myRole, memberCount } = org.data;
  const manager = canManage(myRole);
  return (
    <Page title={org.data.name} documentTitle={null}>
      <p className="-mt-4 text-sm text-slate-600">
        {myRole ? t("orgs.yourRole", { role: t(`roles.${myRole}`) }) : t("orgs.notMember")}
        {memberCount !== undefined && ` · ${t("orgs.memberCount", { count: memberCount })}`}
      </p>
      <nav aria-label={t("orgs.sections")}>
        <ul className="flex flex-wrap gap-1 border-b border-slate-200">
          <li>
            <TabLink to="/orgs/$slug" slug={slug}>
              {t("orgs.tabs.overview")}
            </TabLink>
          </li>
          {myRole && (
            <li>
              <TabLink to="/orgs/$slug/members" slug={slug}>
                {t("orgs.tabs.members")}
              </TabLink>
            </li>
          )}
          {manager && (
            <>
              <li>
                <TabLink to="/orgs/$slug/invitations" slug={slug}>
                  {t("orgs.tabs.invitations")}
                </TabLink>
              </li>
              <li>
                <TabLink to="/orgs/$slug/settings" slug={slug}>
                  {t("orgs.tabs.settings")}
                </TabLink>
              </li>
            </>
          )}
        </ul>
      </nav>
      <Outlet />
    </Page>
  );
}
