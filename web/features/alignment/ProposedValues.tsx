import { useTranslation } from "react-i18next";
import { Alert } from "../../components/Alert.tsx";
import { Button } from "../../components/Button.tsx";
import { ErrorAlert } from "../../components/ErrorAlert.tsx";
import { useUpdateProfile } from "../people/queries.ts";

/** The values the exercise suggests, most often named first, and the choice to make them one's own. */
export function ProposedValues({ values }: { values: string[] }) {
  const { t } = useTranslation();
  const apply = useUpdateProfile();
  if (values.length === 0) return <p className="text-slate-600">{t("exercise.noProposal")}</p>;
  return (
    <div className="flex flex-col gap-3">
      <ol className="list-decimal pl-6" data-testid="proposed-values">
        {values.map((v) => (
          <li key={v}>{v}</li>
        ))}
      </ol>
      <p className="text-slate-700">{t("exercise.applyHint")}</p>
      <ErrorAlert error={apply.error} />
      {apply.isSuccess && <Alert tone="success" title={t("exercise.applied")} />}
      <div>
        <Button loading={apply.isPending} onClick={() => apply.mutate({ values })}>
          {t("exercise.apply")}
        </Button>
      </div>
    </div>
  );
}
