import type { TFunction } from "i18next";
import { type ReactNode, useState } from "react";
import { useTranslation } from "react-i18next";
import type { Org } from "../../../shared/organizations/schemas.ts";
import { Button } from "../../components/Button.tsx";
import { ErrorAlert } from "../../components/ErrorAlert.tsx";
import { withPendingItem } from "../../components/pendingItem.ts";
import { RankedListInput } from "../../components/RankedListInput.tsx";
import { TextField } from "../../components/TextField.tsx";
import { optionalUrlProblem, required, useFormErrors } from "../../components/useFormErrors.ts";
import { useValuesCatalog } from "../alignment/queries.ts";

export type OrgFormValues = Pick<
  Org,
  "name" | "slug" | "description" | "website" | "mission" | "vision" | "values"
>;

export const emptyOrgForm: OrgFormValues = {
  name: "",
  slug: "",
  description: "",
  website: "",
  mission: "",
  vision: "",
  values: [],
};

export const orgFormValues = (org: Org): OrgFormValues => ({
  name: org.name,
  slug: org.slug,
  description: org.description,
  website: org.website,
  mission: org.mission,
  vision: org.vision,
  values: org.values,
});

const PLACED = ["name", "slug", "description", "website", "mission", "vision", "values"];

function slugProblem(t: TFunction, slug: string, slugRequired: boolean): string | undefined {
  const value = slug.trim().toLowerCase();
  if (!value) return slugRequired ? t("validation.required") : undefined;
  return value.length >= 2 && value.length <= 48 && /^[a-z0-9](?:[a-z0-9-]*[a-z0-9])?$/.test(value)
    ? undefined
    : t("validation.slug");
}

/** Organization profile form, shared by "create" (slug optional) and "settings" (slug required). */
export function OrgForm({
  initial,
  slugRequired,
  submitLabel,
  error,
  pending,
  onSubmit,
  after,
}: {
  initial: OrgFormValues;
  slugRequired: boolean;
  submitLabel: string;
  error: unknown;
  pending: boolean;
  onSubmit: (values: OrgFormValues) => void;
  /** Shown between the fields and the submit button (e.g. a success message). */
  after?: ReactNode;
}) {
  const { t } = useTranslation();
  const [values, setValues] = useState(initial);
  const [typedValue, setTypedValue] = useState(""); // Typed into the values box, not yet added; added on save.
  // An existing organization's own catalog values are suggested too; a new one gets the shared catalog.
  const catalog = useValuesCatalog(initial.slug || undefined);
  const form = useFormErrors(error, { ORG_SLUG_TAKEN: "slug" });
  const set =
    <K extends keyof OrgFormValues>(key: K) =>
    (value: OrgFormValues[K]) =>
      setValues((v) => ({ ...v, [key]: value }));

  return (
    <form
      ref={form.formRef}
      noValidate
      className="flex flex-col gap-5"
      onSubmit={(e) => {
        e.preventDefault();
        const ok = form.check({
          name: required(t, values.name),
          slug: slugProblem(t, values.slug, slugRequired),
          website: optionalUrlProblem(t, values.website),
        });
        if (!ok) return;
        const ranked = withPendingItem(values.values, typedValue, 5);
        if (ranked.length > values.values.length) setTypedValue("");
        setValues((v) => ({ ...v, values: ranked }));
        onSubmit({ ...values, values: ranked, slug: values.slug.trim().toLowerCase() });
      }}
    >
      <TextField
        label={t("orgs.fields.name")}
        maxLength={120}
        value={values.name}
        onChange={set("name")}
        error={form.errorFor("name")}
      />
      <TextField
        label={t("orgs.fields.slug")}
        hint={slugRequired ? t("orgs.slugHintEdit") : t("orgs.slugHintNew")}
        maxLength={48}
        autoCapitalize="none"
        spellCheck={false}
        value={values.slug}
        onChange={set("slug")}
        error={form.errorFor("slug")}
      />
      <TextField
        label={t("orgs.fields.description")}
        rows={4}
        maxLength={4000}
        value={values.description}
        onChange={set("description")}
        error={form.errorFor("description")}
      />
      <TextField
        label={t("orgs.fields.website")}
        type="url"
        inputMode="url"
        placeholder="https://"
        maxLength={500}
        value={values.website}
        onChange={set("website")}
        error={form.errorFor("website")}
      />
      <TextField
        label={t("orgs.fields.mission")}
        rows={3}
        maxLength={1000}
        value={values.mission}
        onChange={set("mission")}
        error={form.errorFor("mission")}
      />
      <TextField
        label={t("orgs.fields.vision")}
        rows={3}
        maxLength={1000}
        value={values.vision}
        onChange={set("vision")}
        error={form.errorFor("vision")}
      />
      <RankedListInput
        label={t("orgs.fields.values")}
        items={values.values}
        onChange={set("values")}
        text={typedValue}
        onTextChange={setTypedValue}
        suggestions={catalog.data?.items.map((v) => v.name)}
        error={form.errorFor("values")}
      />
      {!form.placedByCode && <ErrorAlert error={error} placed={PLACED} />}
      {after}
      <div>
        <Button type="submit" loading={pending}>
          {submitLabel}
        </Button>
      </div>
    </form>
  );
}
