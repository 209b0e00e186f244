import { useId, useState } from "react";
import { useTranslation } from "react-i18next";
import {
  MAX_ADMIRED_PEOPLE,
  QUALITIES_PER_PERSON,
  VALUE_NAME_MAX,
} from "../../../shared/alignment/constants.ts";
import type { Exercise } from "../../../shared/alignment/schemas.ts";
import { Alert } from "../../components/Alert.tsx";
import { Button } from "../../components/Button.tsx";
import { ErrorAlert } from "../../components/ErrorAlert.tsx";
import { TextField } from "../../components/TextField.tsx";
import { required, useFormErrors } from "../../components/useFormErrors.ts";
import { useSaveExercise } from "./queries.ts";

type Person = Exercise["people"][number];

const blankPerson = (): Person => ({
  name: "",
  qualities: Array.from({ length: QUALITIES_PER_PERSON }, () => ({ quality: "", value: "" })),
});

/** Always three rows of people; rows left completely empty are not sent. */
function toRows(people: Person[]): Person[] {
  return Array.from({ length: MAX_ADMIRED_PEOPLE }, (_, i) => people[i] ?? blankPerson());
}

const isBlank = (p: Person) =>
  !p.name.trim() && p.qualities.every((q) => !q.quality.trim() && !q.value.trim());

export function ExerciseForm({ initial, catalog }: { initial: Person[]; catalog: string[] }) {
  const { t } = useTranslation();
  const listId = useId();
  const [rows, setRows] = useState(() => toRows(initial));
  const save = useSaveExercise();
  const form = useFormErrors(save.error);

  const setName = (i: number, name: string) =>
    setRows((r) => r.map((p, j) => (j === i ? { ...p, name } : p)));
  const setQuality = (i: number, k: number, field: "quality" | "value", text: string) =>
    setRows((r) =>
      r.map((p, j) =>
        j === i ? { ...p, qualities: p.qualities.map((q, l) => (l === k ? { ...q, [field]: text } : q)) } : p,
      ),
    );

  function submit() {
    // Error paths use the index among the people sent, so blank rows are dropped before numbering.
    const sent = rows.filter((p) => !isBlank(p));
    const problems: Record<string, string | undefined> = {};
    sent.forEach((p, i) => {
      problems[`people.${i}.name`] = required(t, p.name);
      p.qualities.forEach((q, k) => {
        problems[`people.${i}.qualities.${k}.quality`] = required(t, q.quality);
        problems[`people.${i}.qualities.${k}.value`] = required(t, q.value);
      });
    });
    setRows(toRows(sent));
    if (!form.check(problems)) return;
    save.mutate({
      people: sent.map((p) => ({
        name: p.name.trim(),
        qualities: p.qualities.map((q) => ({ quality: q.quality.trim(), value: q.value.trim() })),
      })),
    });
  }

  return (
    <form
      ref={form.formRef}
      noValidate
      className="flex flex-col gap-5"
      onSubmit={(e) => {
        e.preventDefault();
        submit();
      }}
    >
      <datalist id={listId}>
        {catalog.map((v) => (
          <option key={v} value={v} />
        ))}
      </datalist>
      {rows.map((person, i) => (
        // biome-ignore lint/suspicious/noArrayIndexKey: the three rows are fixed positions.
        <fieldset key={i} className="flex flex-col gap-3 rounded-md border border-slate-200 p-4">
          <legend className="px-1 font-semibold">{t("exercise.person", { n: i + 1 })}</legend>
          <TextField
            label={t("exercise.name", { n: i + 1 })}
            maxLength={100}
            value={person.name}
            onChange={(v) => setName(i, v)}
            error={form.errorFor(`people.${i}.name`)}
          />
          {person.qualities.map((q, k) => (
            // biome-ignore lint/suspicious/noArrayIndexKey: the three qualities are fixed positions.
            <div key={k} className="grid gap-3 sm:grid-cols-2">
              <TextField
                label={t("exercise.quality", { n: k + 1, person: i + 1 })}
                maxLength={100}
                value={q.quality}
                onChange={(v) => setQuality(i, k, "quality", v)}
                error={form.errorFor(`people.${i}.qualities.${k}.quality`)}
              />
              <TextField
                label={t("exercise.value", { n: k + 1, person: i + 1 })}
                hint={k === 0 ? t("exercise.valueHint") : undefined}
                list={listId}
                maxLength={VALUE_NAME_MAX}
                value={q.value}
                onChange={(v) => setQuality(i, k, "value", v)}
                error={form.errorFor(`people.${i}.qualities.${k}.value`)}
              />
            </div>
          ))}
        </fieldset>
      ))}
      <ErrorAlert error={save.error} placed={["people"]} />
      {save.isSuccess && <Alert tone="success" title={t("exercise.saved")} />}
      <div>
        <Button type="submit" loading={save.isPending}>
          {t("exercise.save")}
        </Button>
      </div>
    </form>
  );
}
