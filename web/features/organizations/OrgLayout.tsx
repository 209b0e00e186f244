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

type OrgTab =
  | "/orgs/$slug"
  | "/orgs/$slug/members"
  | "/orgs/$slug/tours"
  | "/orgs/$slug/alumni"
  | "/orgs/$slug/alumni-area"
  | "/orgs/$slug/values"
  | "/orgs/$slug/alignment"
  | "/orgs/$slug/invitations"
  | "/orgs/$slug/settings";

function TabLink({
  to,
  slug,
  exact = true,
  children,
}: {
  to: OrgTab;
  slug: string;
  exact?: boolean;
  children: ReactNode;
}) {
  return (
    <Link
      to={to}
      params={{ slug }}
      activeOptions={{ exact, includeSearch: false }}
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
  // Alumni are not members (myRole is null) but keep their alumni area.
  const alumnus = org.data.myStanding === "alumnus";
  return (
    <Page title={org.data.name} documentTitle={null}>
      <p className="-mt-4 text-sm text-slate-600">
        {myRole
          ? t("orgs.yourRole", { role: t(`roles.${myRole}`) })
          : alumnus
            ? t("orgs.youAreAlumni")
            : t("orgs.notMember")}
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
            <>
              <li>
                <TabLink to="/orgs/$slug/members" slug={slug}>
                  {t("orgs.tabs.members")}
                </TabLink>
              </li>
              <li>
                <TabLink to="/orgs/$slug/tours" slug={slug} exact={false}>
                  {t("orgs.tabs.tours")}
                </TabLink>
              </li>
              <li>
                <TabLink to="/orgs/$slug/values" slug={slug}>
                  {t("orgs.tabs.values")}
                </TabLink>
              </li>
              <li>
                <TabLink to="/orgs/$slug/alignment" slug={slug}>
                  {t("orgs.tabs.alignment")}
                </TabLink>
              </li>
            </>
          )}
          {alumnus && (
            <li>
              <TabLink to="/orgs/$slug/alumni-area" slug={slug}>
                {t("orgs.tabs.alumniArea")}
              </TabLink>
            </li>
          )}
          {manager && (
            <>
              <li>
                <TabLink to="/orgs/$slug/alumni" slug={slug}>
                  {t("orgs.tabs.alumni")}
                </TabLink>
              </li>
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
