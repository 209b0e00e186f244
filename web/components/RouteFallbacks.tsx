import { Link } from "@tanstack/react-router";
import { useTranslation } from "react-i18next";
import { EmptyState } from "./EmptyState.tsx";
import { ErrorAlert } from "./ErrorAlert.tsx";
import { Page } from "./Page.tsx";
import { Spinner } from "./Spinner.tsx";

export function NotFoundPage() {
  const { t } = useTranslation();
  return (
    <Page title={t("notFound.title")}>
      <EmptyState
        title={t("notFound.title")}
        action={
          <Link to="/" className="text-blue-800 underline">
            {t("notFound.home")}
          </Link>
        }
      >
        {t("notFound.body")}
      </EmptyState>
    </Page>
  );
}

export function RouteError({ error }: { error: unknown }) {
  return (
    <div className="mx-auto max-w-4xl">
      <ErrorAlert error={error} />
    </div>
  );
}

export function RoutePending() {
  return (
    <div className="mx-auto max-w-4xl">
      <Spinner />
    </div>
  );
}
