import { useTranslation } from "react-i18next";
import { fieldErrorsOf } from "../api/client.ts";
import { Alert } from "./Alert.tsx";
import { errorMessage } from "./errorMessage.ts";

/**
 * The form-level error. Validation errors the form shows beside its fields (`placed` path prefixes) are only
 * summarised; any other field errors are listed here so none is lost.
 */
export function ErrorAlert({ error, placed = [] }: { error: unknown; placed?: readonly string[] }) {
  const { t } = useTranslation();
  if (!error) return null;
  const unplaced = Object.entries(fieldErrorsOf(error)).filter(
    ([path]) => !placed.some((p) => path === p || path.startsWith(`${p}.`)),
  );
  return (
    <Alert tone="error" title={errorMessage(t, error)}>
      {unplaced.length > 0 && (
        <ul className="list-disc pl-5">
          {unplaced.map(([path, messages]) => (
            <li key={path}>
              {path}: {messages.join(" ")}
            </li>
          ))}
        </ul>
      )}
    </Alert>
  );
}
