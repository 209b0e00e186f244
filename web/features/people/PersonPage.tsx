import { Link, useParams } from "@tanstack/react-router";
import { useTranslation } from "react-i18next";
import { isApiError } from "../../api/client.ts";
import { useSession } from "../../api/session.ts";
import { EmptyState } from "../../components/EmptyState.tsx";
import { ErrorAlert } from "../../components/ErrorAlert.tsx";
import { Page, Section } from "../../components/Page.tsx";
import { Spinner } from "../../components/Spinner.tsx";
import { PersonConnectionPanel } from "../connections/PersonConnectionPanel.tsx";
import { TheirConnectionsSection } from "../connections/TheirConnectionsSection.tsx";
import { HowConnectedSection } from "../network/HowConnectedSection.tsx";
import { ProfileDetails } from "./ProfileDetails.tsx";
import { usePerson } from "./queries.ts";

export function PersonPage() {
  const { t } = useTranslation();
  const { id } = useParams({ from: "/people/$id" });
  const person = usePerson(id);
  const { data: user } = useSession();

  if (isApiError(person.error, "PERSON_NOT_FOUND") || isApiError(person.error, "NOT_FOUND")) {
    return (
      <Page title={t("people.notFound.title")}>
        <EmptyState
          title={t("people.notFound.title")}
          action={
            <Link to="/people" className="text-blue-800 underline">
              {t("people.notFound.action")}
            </Link>
          }
        >
          {t("people.notFound.body")}
        </EmptyState>
      </Page>
    );
  }

  return (
    <Page
      title={person.data?.displayName ?? t("people.profileTitle")}
      actions={
        user?.id === id && (
          <Link to="/profile" className="text-blue-800 underline">
            {t("people.editMine")}
          </Link>
        )
      }
    >
      {person.isPending && <Spinner />}
      {person.isError && <ErrorAlert error={person.error} />}
      {person.data && (
        <Section>
          <ProfileDetails profile={person.data} />
        </Section>
      )}
      {person.data && user && user.id !== id && (
        <PersonConnectionPanel personId={id} personName={person.data.displayName} />
      )}
      {person.data && user && user.id !== id && (
        <HowConnectedSection personId={id} personName={person.data.displayName} />
      )}
      {person.data && user && user.id !== id && (
        <TheirConnectionsSection personId={id} personName={person.data.displayName} />
      )}
    </Page>
  );
}
