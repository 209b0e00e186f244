import { Link } from "@tanstack/react-router";
import { useTranslation } from "react-i18next";
import { ErrorAlert } from "../../components/ErrorAlert.tsx";
import { Page, Section } from "../../components/Page.tsx";
import { Spinner } from "../../components/Spinner.tsx";
import { ProfileForm } from "./ProfileForm.tsx";
import { ProfilePreview } from "./ProfilePreview.tsx";
import { useMyProfile } from "./queries.ts";

export function ProfilePage() {
  const { t } = useTranslation();
  const profile = useMyProfile();

  return (
    <Page
      title={t("profile.title")}
      actions={
        profile.data && (
          <Link to="/people/$id" params={{ id: profile.data.id }} className="text-blue-800 underline">
            {t("profile.viewPublicPage")}
          </Link>
        )
      }
    >
      {profile.isPending && <Spinner />}
      {profile.isError && <ErrorAlert error={profile.error} />}
      {profile.data && (
        <>
          <p className="text-slate-700">{t("profile.intro")}</p>
          <p>
            <Link to="/profile/values-exercise" className="text-blue-800 underline">
              {t("profile.exerciseLink")}
            </Link>
          </p>
          <Section title={t("profile.editTitle")}>
            <ProfileForm key={profile.data.id} profile={profile.data} />
          </Section>
          <Section title={t("profile.preview.title")}>
            <ProfilePreview />
          </Section>
        </>
      )}
    </Page>
  );
}
