import { useState } from "react";
import { useTranslation } from "react-i18next";
import type { Role } from "../../../shared/organizations/schemas.ts";
import { Alert } from "../../components/Alert.tsx";
import { Button } from "../../components/Button.tsx";
import { ErrorAlert } from "../../components/ErrorAlert.tsx";
import { Select } from "../../components/Select.tsx";
import { TextField } from "../../components/TextField.tsx";
import { emailProblem, useFormErrors } from "../../components/useFormErrors.ts";
import { useInvite } from "./queries.ts";
import { INVITABLE_ROLES } from "./roles.ts";

export function InviteForm({ slug }: { slug: string }) {
  const { t } = useTranslation();
  const [email, setEmail] = useState("");
  const [role, setRole] = useState<Role>("member");
  const invite = useInvite(slug);
  const form = useFormErrors(invite.error);

  return (
    <form
      ref={form.formRef}
      noValidate
      className="flex flex-col gap-4"
      onSubmit={(e) => {
        e.preventDefault();
        if (!form.check({ email: emailProblem(t, email) })) return;
        invite.mutate({ email: email.trim(), role }, { onSuccess: () => setEmail("") });
      }}
    >
      <div className="grid gap-4 sm:grid-cols-[minmax(0,2fr)_minmax(0,1fr)]">
        <TextField
          label={t("fields.email")}
          type="email"
          autoComplete="off"
          value={email}
          onChange={setEmail}
          error={form.errorFor("email")}
        />
        <Select<Role>
          label={t("orgs.invitations.role")}
          value={role}
          onChange={setRole}
          options={INVITABLE_ROLES.map((r) => ({ value: r, label: t(`roles.${r}`) }))}
          error={form.errorFor("role")}
        />
      </div>
      <ErrorAlert error={invite.error} placed={["email", "role"]} />
      {invite.isSuccess && (
        <Alert tone="success" title={t("orgs.invitations.sent", { email: invite.data.email })} />
      )}
      <div>
        <Button type="submit" loading={invite.isPending}>
          {t("orgs.invitations.send")}
        </Button>
      </div>
    </form>
  );
}
