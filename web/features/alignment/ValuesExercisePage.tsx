import { Link } from "@tanstack/react-router";
import { useTranslation } from "react-i18next";
import { ErrorAlert } from "../../components/ErrorAlert.tsx";
import { Page, Section } from "../../components/Page.tsx";
import { Spinner } from "../../components/Spinner.tsx";
import { ExerciseForm } from "./ExerciseForm.tsx";
import { ProposedValues } from "./ProposedValues.tsx";
import { useExercise, useValuesCatalog } from "./queries.ts";

/**
 * The book's exercise for finding one's values: three people you admire, three qualities of each, and the
 * value each quality stands for. The values named most often are proposed; using them is the person's call.
 */
export function ValuesExercisePage() {
  const { t } = useTranslation();
  const exercise = useExercise();
  const catalog = useValuesCatalog();
  return (
    <Page
      title={t("exercise.title")}
      actions={
        <Link to="/profile" className="text-blue-800 underline">
          {t("exercise.backToProfile")}
        </Link>
      }
    >
      <p className="text-slate-700">{t("exercise.intro")}</p>
      {exercise.isPending && <Spinner />}
      {exercise.isError && <ErrorAlert error={exercise.error} />}
      {exercise.data && (
        <>
          <Section title={t("exercise.formTitle")}>
            <ExerciseForm
              initial={exercise.data.people}
              catalog={(catalog.data?.items ?? []).map((v) => v.name)}
            />
          </Section>
          <Section title={t("exercise.proposedTitle")}>
            <ProposedValues values={exercise.data.proposedValues} />
          </Section>
        </>
      )}
    </Page>
  );
}
