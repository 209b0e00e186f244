import { useState } from "react";
import { useTranslation } from "react-i18next";
import type {
  OwnProfile,
  ProfileField,
  UpdateProfileInput,
  Visibility,
} from "../../../shared/people/schemas.ts";
import { Alert } from "../../components/Alert.tsx";
import { Button } from "../../components/Button.tsx";
import { ErrorAlert } from "../../components/ErrorAlert.tsx";
import { withPendingItem } from "../../components/pendingItem.ts";
import { RankedListInput } from "../../components/RankedListInput.tsx";
import { TagInput } from "../../components/TagInput.tsx";
import { TextField } from "../../components/TextField.tsx";
import { optionalUrlProblem, required, useFormErrors } from "../../components/useFormErrors.ts";
import { useValuesCatalog } from "../alignment/queries.ts";
import { LinksEditor } from "./LinksEditor.tsx";
import { useUpdateProfile } from "./queries.ts";
import { WithVisibility } from "./VisibilitySelect.tsx";

type Draft = Required<Omit<UpdateProfileInput, "visibility">> & Pick<OwnProfile, "visibility">;

/** Picks exactly the editable fields: the PATCH body is strict, so anything extra would be rejected. */
const toDraft = (p: OwnProfile): Draft => ({
  displayName: p.displayName,
  headline: p.headline,
  bio: p.bio,
  location: p.location,
  skills: p.skills,
  links: p.links,
  mission: p.mission,
  vision: p.vision,
  values: p.values,
  visibility: p.visibility,
});

// Limits from shared/people/schemas.ts (skills) and shared/common/schemas.ts (ranked values).
const MAX_SKILLS = 50;
const MAX_VALUES = 5;

const PLACED = [
  "displayName",
  "headline",
  "bio",
  "location",
  "skills",
  "links",
  "mission",
  "vision",
  "values",
  "visibility",
];

/** The owner's profile editor: every field with its own visibility, saved together in one PATCH. */
export function ProfileForm({ profile }: { profile: OwnProfile }) {
  const { t } = useTranslation();
  const [draft, setDraft] = useState<Draft>(() => toDraft(profile));
  const [dirty, setDirty] = useState(false);
  // Text typed into the skills and values boxes but not yet added; added on save.
  const [typed, setTyped] = useState({ skills: "", values: "" });
  const save = useUpdateProfile();
  const catalog = useValuesCatalog();
  const form = useFormErrors(save.error);

  function set<K extends keyof Draft>(key: K, value: Draft[K]) {
    setDraft((d) => ({ ...d, [key]: value }));
    setDirty(true);
  }
  const setVisibility = (field: ProfileField, value: Visibility) =>
    set("visibility", { ...draft.visibility, [field]: value });
  const vis = (field: ProfileField) => ({
    field,
    visibility: draft.visibility[field],
    onVisibilityChange: setVisibility,
    error: form.errorFor(`visibility.${field}`),
  });

  function submit() {
    // Rows left completely empty are dropped rather than reported, so error indices match what is sent.
    const links = draft.links.filter((l) => l.label.trim() || l.url.trim());
    const skills = withPendingItem(draft.skills, typed.skills, MAX_SKILLS);
    const values = withPendingItem(draft.values, typed.values, MAX_VALUES);
    setTyped({
      skills: skills.length > draft.skills.length ? "" : typed.skills,
      values: values.length > draft.values.length ? "" : typed.values,
    });
    const problems: Record<string, string | undefined> = { displayName: required(t, draft.displayName) };
    links.forEach((l, i) => {
      problems[`links.${i}.label`] = required(t, l.label);
      problems[`links.${i}.url`] = required(t, l.url) ?? optionalUrlProblem(t, l.url);
    });
    setDraft((d) => ({ ...d, links, skills, values }));
    if (!form.check(problems)) return;
    save.mutate(
      { ...draft, links, skills, values },
      {
        onSuccess: (saved) => {
          setDraft(toDraft(saved));
          setDirty(false);
        },
      },
    );
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
      <TextField
        label={t("profile.fields.displayName")}
        hint={t("profile.displayNameHint")}
        autoComplete="name"
        maxLength={100}
        value={draft.displayName}
        onChange={(v) => set("displayName", v)}
        error={form.errorFor("displayName")}
      />
      <WithVisibility {...vis("headline")}>
        <TextField
          label={t("profile.fields.headline")}
          hint={t("profile.headlineHint")}
          maxLength={140}
          value={draft.headline}
          onChange={(v) => set("headline", v)}
          error={form.errorFor("headline")}
        />
      </WithVisibility>
      <WithVisibility {...vis("bio")}>
        <TextField
          label={t("profile.fields.bio")}
          rows={5}
          maxLength={4000}
          value={draft.bio}
          onChange={(v) => set("bio", v)}
          error={form.errorFor("bio")}
        />
      </WithVisibility>
      <WithVisibility {...vis("location")}>
        <TextField
          label={t("profile.fields.location")}
          maxLength={120}
          value={draft.location}
          onChange={(v) => set("location", v)}
          error={form.errorFor("location")}
        />
      </WithVisibility>
      <WithVisibility {...vis("skills")}>
        <TagInput
          label={t("profile.fields.skills")}
          tags={draft.skills}
          onChange={(v) => set("skills", v)}
          text={typed.skills}
          onTextChange={(skills) => setTyped((p) => ({ ...p, skills }))}
          max={MAX_SKILLS}
          error={form.errorFor("skills")}
        />
      </WithVisibility>
      <WithVisibility {...vis("links")}>
        <LinksEditor links={draft.links} onChange={(v) => set("links", v)} errorFor={form.errorFor} />
      </WithVisibility>
      <WithVisibility {...vis("mission")}>
        <TextField
          label={t("profile.fields.mission")}
          hint={t("profile.missionHint")}
          rows={3}
          maxLength={1000}
          value={draft.mission}
          onChange={(v) => set("mission", v)}
          error={form.errorFor("mission")}
        />
      </WithVisibility>
      <WithVisibility {...vis("vision")}>
        <TextField
          label={t("profile.fields.vision")}
          hint={t("profile.visionHint")}
          rows={3}
          maxLength={1000}
          value={draft.vision}
          onChange={(v) => set("vision", v)}
          error={form.errorFor("vision")}
        />
      </WithVisibility>
      <WithVisibility {...vis("values")}>
        <RankedListInput
          label={t("profile.fields.values")}
          items={draft.values}
          onChange={(v) => set("values", v)}
          text={typed.values}
          onTextChange={(values) => setTyped((p) => ({ ...p, values }))}
          max={MAX_VALUES}
          suggestions={catalog.data?.items.map((v) => v.name)}
          hint={t("profile.valuesHint", { max: MAX_VALUES })}
          error={form.errorFor("values")}
        />
      </WithVisibility>
      <ErrorAlert error={save.error} placed={PLACED} />
      {save.isSuccess && !dirty && <Alert tone="success" title={t("profile.saved")} />}
      <div>
        <Button type="submit" loading={save.isPending}>
          {t("profile.save")}
        </Button>
      </div>
    </form>
  );
}
