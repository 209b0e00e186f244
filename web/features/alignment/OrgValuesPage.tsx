import { Link, useParams } from "@tanstack/react-router";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { VALUE_NAME_MAX } from "../../../shared/alignment/constants.ts";
import { Alert } from "../../components/Alert.tsx";
import { Button } from "../../components/Button.tsx";
import { ConfirmButton } from "../../components/ConfirmButton.tsx";
import { ErrorAlert } from "../../components/ErrorAlert.tsx";
import { Section, useDocumentTitle } from "../../components/Page.tsx";
import { Spinner } from "../../components/Spinner.tsx";
import { TextField } from "../../components/TextField.tsx";
import { required, useFormErrors } from "../../components/useFormErrors.ts";
import { useOrg } from "../organizations/queries.ts";
import { canManage } from "../organizations/roles.ts";
import { useAddOrgValue, useRemoveOrgValue, useValuesCatalog } from "./queries.ts";

function AddValueForm({ slug }: { slug: string }) {
  const { t } = useTranslation();
  const [name, setName] = useState("");
  const [description, setDescription] = useState("");
  const add = useAddOrgValue(slug);
  const form = useFormErrors(add.error, { VALUE_EXISTS: "name" });
  return (
    <form
      ref={form.formRef}
      noValidate
      className="flex flex-col gap-3"
      onSubmit={(e) => {
        e.preventDefault();
        if (!form.check({ name: required(t, name) })) return;
        add.mutate(
          { name: name.trim(), description: description.trim() },
          {
            onSuccess: () => {
              setName("");
              setDescription("");
            },
          },
        );
      }}
    >
      <TextField
        label={t("values.name")}
        maxLength={VALUE_NAME_MAX}
        value={name}
        onChange={setName}
        error={form.errorFor("name")}
      />
      <TextField
        label={t("values.description")}
        rows={2}
        maxLength={500}
        value={description}
        onChange={setDescription}
        error={form.errorFor("description")}
      />
      {!form.placedByCode && <ErrorAlert error={add.error} placed={["name", "description"]} />}
      {add.isSuccess && <Alert tone="success" title={t("values.added", { name: add.data.name })} />}
      <div>
        <Button type="submit" loading={add.isPending}>
          {t("values.add")}
        </Button>
      </div>
    </form>
  );
}

/**
 * The organization's values: the ranked ones it stands for (edited in Settings) and the words it adds to
 * the shared catalog so its people can choose them too.
 */
export function OrgValuesPage() {
  const { t } = useTranslation();
  const { slug } = useParams({ from: "/orgs/$slug/values" });
  const { data: org } = useOrg(slug);
  const catalog = useValuesCatalog(slug);
  const remove = useRemoveOrgValue(slug);
  const admin = canManage(org?.myRole);
  useDocumentTitle(org ? `${t("orgs.tabs.values")} · ${org.name}` : t("orgs.tabs.values"));
  if (!org) return null;
  const own = (catalog.data?.items ?? []).filter((v) => v.orgId === org.id);

  return (
    <div className="flex flex-col gap-6">
      <Section title={t("values.ranked")}>
        {org.values.length === 0 ? (
          <p className="text-slate-600">{t("values.noRanked")}</p>
        ) : (
          <ol className="list-decimal pl-6">
            {org.values.map((v) => (
              <li key={v}>{v}</li>
            ))}
          </ol>
        )}
        {admin && (
          <p className="mt-3">
            <Link to="/orgs/$slug/settings" params={{ slug }} className="text-blue-800 underline">
              {t("values.rankInSettings")}
            </Link>
          </p>
        )}
      </Section>
      <Section title={t("values.ownTitle")}>
        <div className="flex flex-col gap-4">
          <p className="text-slate-700">{t("values.ownIntro")}</p>
          {catalog.isPending && <Spinner />}
          <ErrorAlert error={catalog.error ?? remove.error} />
          {catalog.isSuccess && own.length === 0 && <p className="text-slate-600">{t("values.noOwn")}</p>}
          <ul className="flex flex-col gap-2">
            {own.map((v) => (
              <li
                key={v.id}
                className="flex flex-col gap-2 rounded-md border border-slate-200 p-3 sm:flex-row sm:items-start sm:justify-between"
              >
                <div>
                  <p className="font-semibold">{v.name}</p>
                  {v.description && <p className="text-slate-700">{v.description}</p>}
                </div>
                {admin && (
                  <ConfirmButton
                    label={t("values.remove", { name: v.name })}
                    question={t("values.removeQuestion", { name: v.name })}
                    confirmLabel={t("values.removeConfirm")}
                    loading={remove.isPending && remove.variables === v.id}
                    onConfirm={() => remove.mutate(v.id)}
                  />
                )}
              </li>
            ))}
          </ul>
          {admin && (
            <div className="border-t border-slate-200 pt-4">
              <h3 className="mb-3 font-semibold">{t("values.addTitle")}</h3>
              <AddValueForm slug={slug} />
            </div>
          )}
        </div>
      </Section>
    </div>
  );
}
