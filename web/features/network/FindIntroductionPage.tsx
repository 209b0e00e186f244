import { useNavigate, useSearch } from "@tanstack/react-router";
import { useEffect, useRef, useState } from "react";
import { useTranslation } from "react-i18next";
import { isApiError } from "../../api/client.ts";
import { Alert } from "../../components/Alert.tsx";
import { Button } from "../../components/Button.tsx";
import { ErrorAlert } from "../../components/ErrorAlert.tsx";
import { Page, Section } from "../../components/Page.tsx";
import { RadioGroup } from "../../components/RadioGroup.tsx";
import { Spinner } from "../../components/Spinner.tsx";
import { TextField } from "../../components/TextField.tsx";
import { useOrg } from "../organizations/queries.ts";
import { IntroducerList } from "./IntroducerList.tsx";
import { OrganizationPicker } from "./OrganizationPicker.tsx";

export type FindBy = "org" | "skill";
const ROUTE = "/network/introductions/find";

/** The chosen organization (by slug, from the address) and the people who can introduce you there. */
function ChosenOrganization({
  slug,
  focus,
  onChange,
}: {
  slug: string;
  focus: boolean;
  onChange: () => void;
}) {
  const { t } = useTranslation();
  const org = useOrg(slug);
  const chosenRef = useRef<HTMLParagraphElement>(null);
  // After picking from the results (which then disappear), focus lands on what was picked.
  useEffect(() => {
    if (focus && org.isSuccess) chosenRef.current?.focus();
  }, [focus, org.isSuccess]);
  if (org.isPending) return <Spinner />;
  if (org.isError) {
    return (
      <div className="flex flex-col gap-3">
        {isApiError(org.error, "ORG_NOT_FOUND") || isApiError(org.error, "NOT_FOUND") ? (
          <Alert tone="error" title={t("network.find.orgGone")} />
        ) : (
          <ErrorAlert error={org.error} />
        )}
        <div>
          <Button variant="secondary" size="sm" onClick={onChange}>
            {t("network.find.chooseAnother")}
          </Button>
        </div>
      </div>
    );
  }
  return (
    <div className="flex flex-col gap-6">
      <div className="flex flex-wrap items-center gap-x-3 gap-y-2">
        <p ref={chosenRef} tabIndex={-1} className="min-w-0 break-words text-slate-900">
          {t("network.find.chosen")} <strong>{org.data.name}</strong>
        </p>
        <Button variant="secondary" size="sm" onClick={onChange}>
          {t("network.find.chooseAnother")}
        </Button>
      </div>
      <IntroducerList search={{ kind: "org", orgId: org.data.id, orgName: org.data.name }} />
    </div>
  );
}

function SkillSearch({ skill }: { skill: string }) {
  const { t } = useTranslation();
  const navigate = useNavigate({ from: ROUTE });
  const [text, setText] = useState(skill);
  useEffect(() => setText(skill), [skill]); // Back/Forward changes the skill under the box.
  return (
    <div className="flex flex-col gap-6">
      <search>
        <form
          className="flex flex-col gap-2 sm:flex-row sm:items-end"
          onSubmit={(e) => {
            e.preventDefault();
            void navigate({ search: { by: "skill", skill: text.trim() || undefined } });
          }}
        >
          <TextField
            label={t("network.find.skillLabel")}
            hint={t("network.find.skillHint")}
            type="search"
            className="flex-1"
            maxLength={40}
            value={text}
            onChange={setText}
          />
          <Button type="submit">{t("network.find.search")}</Button>
        </form>
      </search>
      {skill && <IntroducerList search={{ kind: "skill", skill }} />}
    </div>
  );
}

/**
 * Find someone who can introduce you to an organization, or to someone with a skill: people within two steps
 * of you, with a way to ask for the introduction. The choice lives in the address, so it can be shared.
 */
export function FindIntroductionPage() {
  const { t } = useTranslation();
  const search = useSearch({ from: ROUTE });
  const navigate = useNavigate({ from: ROUTE });
  const by: FindBy = search.by ?? (search.skill && !search.org ? "skill" : "org");
  const [orgText, setOrgText] = useState("");
  // Where focus goes after the organization is picked or cleared, since the control used disappears.
  const [focusAfter, setFocusAfter] = useState<"chosen" | "picker" | null>(null);

  return (
    <Page title={t("network.find.title")}>
      <p className="text-slate-700">{t("network.find.intro")}</p>
      <Section>
        <div className="flex flex-col gap-6">
          <RadioGroup<FindBy>
            legend={t("network.find.by")}
            name="find-by"
            value={by}
            onChange={(next) => void navigate({ search: { by: next } })}
            options={[
              { value: "org", label: t("network.find.byOrg"), description: t("network.find.byOrgHint") },
              {
                value: "skill",
                label: t("network.find.bySkill"),
                description: t("network.find.bySkillHint"),
              },
            ]}
          />
          {by === "org" &&
            (search.org ? (
              <ChosenOrganization
                slug={search.org}
                focus={focusAfter === "chosen"}
                onChange={() => {
                  setFocusAfter("picker");
                  void navigate({ search: { by: "org" } });
                }}
              />
            ) : (
              <OrganizationPicker
                text={orgText}
                onTextChange={setOrgText}
                focus={focusAfter === "picker"}
                onPick={(org) => {
                  setFocusAfter("chosen");
                  void navigate({ search: { by: "org", org: org.slug } });
                }}
              />
            ))}
          {by === "skill" && <SkillSearch skill={search.skill ?? ""} />}
        </div>
      </Section>
    </Page>
  );
}
