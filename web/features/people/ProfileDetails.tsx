import type { ReactNode } from "react";
import { useTranslation } from "react-i18next";
import type { ProfileView } from "../../../shared/people/schemas.ts";

function Item({ term, children }: { term: string; children: ReactNode }) {
  return (
    <div>
      <dt className="text-sm font-semibold text-slate-600">{term}</dt>
      <dd className="mt-1 text-slate-900">{children}</dd>
    </div>
  );
}

const isSafeUrl = (url: string) => /^https?:\/\//i.test(url);

/**
 * A profile as one viewer sees it. Fields the viewer may not see are absent from the data, so only the
 * fields that are present (and not empty) are shown. The display name is the caller's heading.
 */
export function ProfileDetails({ profile }: { profile: ProfileView }) {
  const { t } = useTranslation();
  const text = (value: string | undefined) => (value?.trim() ? value : undefined);
  const list = <T,>(value: T[] | undefined) => (value && value.length > 0 ? value : undefined);

  const headline = text(profile.headline);
  const location = text(profile.location);
  const bio = text(profile.bio);
  const mission = text(profile.mission);
  const vision = text(profile.vision);
  const skills = list(profile.skills);
  const links = list(profile.links?.filter((l) => isSafeUrl(l.url)));
  const values = list(profile.values);
  const nothing = !headline && !location && !bio && !mission && !vision && !skills && !links && !values;

  return (
    <div className="flex flex-col gap-4">
      {headline && <p className="text-lg text-slate-800">{headline}</p>}
      {nothing && <p className="text-slate-600">{t("people.nothingShared")}</p>}
      <dl className="flex flex-col gap-4">
        {location && <Item term={t("profile.fields.location")}>{location}</Item>}
        {bio && (
          <Item term={t("profile.fields.bio")}>
            <span className="whitespace-pre-line">{bio}</span>
          </Item>
        )}
        {skills && (
          <Item term={t("profile.fields.skills")}>
            <ul className="flex flex-wrap gap-2">
              {skills.map((s) => (
                <li key={s} className="rounded-full bg-blue-100 px-3 py-1 text-blue-900">
                  {s}
                </li>
              ))}
            </ul>
          </Item>
        )}
        {links && (
          <Item term={t("profile.fields.links")}>
            <ul className="flex flex-col gap-1">
              {links.map((l) => (
                <li key={`${l.label}-${l.url}`}>
                  <a href={l.url} rel="noopener noreferrer nofollow" className="text-blue-800 underline">
                    {l.label}
                  </a>
                </li>
              ))}
            </ul>
          </Item>
        )}
        {mission && <Item term={t("profile.fields.mission")}>{mission}</Item>}
        {vision && <Item term={t("profile.fields.vision")}>{vision}</Item>}
        {values && (
          <Item term={t("profile.fields.values")}>
            <ol className="list-decimal pl-6">
              {values.map((v) => (
                <li key={v}>{v}</li>
              ))}
            </ol>
          </Item>
        )}
      </dl>
    </div>
  );
}
