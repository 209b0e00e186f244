import { useTranslation } from "react-i18next";
import { isApiError } from "../../api/client.ts";
import { Alert } from "../../components/Alert.tsx";
import { Button } from "../../components/Button.tsx";
import { ErrorAlert } from "../../components/ErrorAlert.tsx";

/**
 * The error of a tour change. A stale copy (someone else changed the tour meanwhile) gets a Reload button:
 * the person should see the new state before deciding again, so nothing is retried automatically.
 */
export function TourConflict({
  error,
  onReload,
  placed,
}: {
  error: unknown;
  onReload?: () => void;
  placed?: readonly string[];
}) {
  const { t } = useTranslation();
  if (isApiError(error, "TOUR_STALE")) {
    return (
      <Alert tone="error" title={t("errors.TOUR_STALE")}>
        {onReload && (
          <Button variant="secondary" size="sm" className="mt-2" onClick={onReload}>
            {t("tours.reload")}
          </Button>
        )}
      </Alert>
    );
  }
  return <ErrorAlert error={error} placed={placed} />;
}
