import { useTranslation } from "react-i18next";
import { Button } from "../../components/Button.tsx";
import { ErrorAlert } from "../../components/ErrorAlert.tsx";

/** A list that failed to load: what went wrong, and a button to try again. */
export function RetryableError({ error, onRetry }: { error: unknown; onRetry: () => void }) {
  const { t } = useTranslation();
  return (
    <div className="flex flex-col gap-2">
      <ErrorAlert error={error} />
      <div>
        <Button variant="secondary" size="sm" onClick={onRetry}>
          {t("connections.retry")}
        </Button>
      </div>
    </div>
  );
}
