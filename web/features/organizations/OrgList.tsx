import { Link } from "@tanstack/react-router";
import { useTranslation } from "react-i18next";
import type { Org } from "../../../shared/organizations/schemas.ts";

export function OrgList({ orgs }: { orgs: Org[] }) {
  const { t } = useTranslation();
  return (
    <ul className="flex flex-col gap-3">
      {orgs.map((org) => (
        <li key={org.id} className="rounded-lg border border-slate-200 bg-white p-4">
          <Link
            to="/orgs/$slug"
            params={{ slug: org.slug }}
            className="font-semibold text-blue-800 underline"
          >
            {org.name}
          </Link>
          <p className="text-sm text-slate-600">
            {org.myRole && t(`roles.${org.myRole}`)}
            {org.memberCount !== undefined && ` · ${t("orgs.memberCount", { count: org.memberCount })}`}
          </p>
          {org.description && <p className="mt-1 line-clamp-2 text-slate-700">{org.description}</p>}
        </li>
      ))}
    </ul>
  );
}
