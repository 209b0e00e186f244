import { useState } from "react";
import { useTranslation } from "react-i18next";
import type { Audience } from "../../../shared/people/schemas.ts";
import { ErrorAlert } from "../../components/ErrorAlert.tsx";
import { Select } from "../../components/Select.tsx";
import { Spinner } from "../../components/Spinner.tsx";
import { ProfileDetails } from "./ProfileDetails.tsx";
import { usePreview } from "./queries.ts";
import { AUDIENCES } from "./visibility.ts";

/** "View as": the saved profile exactly as the chosen audience receives it from the API. */
export function ProfilePreview() {
  const { t } = useTranslation();
  const [audience, setAudience] = useState<Audience>("public");
  const preview = usePreview(audience);

  return (
    <div className="flex flex-col gap-4">
      <Select
        label={t("profile.preview.viewAs")}
        hint={t("profile.preview.hint")}
        value={audience}
        onChange={setAudience}
        options={AUDIENCES.map((a) => ({ value: a, label: t(`audience.${a}`) }))}
      />
      <div
        aria-live="polite"
        aria-busy={preview.isFetching}
        data-testid="profile-preview"
        className="rounded-md border border-slate-200 bg-slate-50 p-4"
      >
        {preview.isPending && <Spinner />}
        {preview.isError && <ErrorAlert error={preview.error} />}
        {preview.data && (
          <>
            <h3 className="mb-2 text-xl font-semibold">{preview.data.displayName}</h3>
            <ProfileDetails profile={preview.data} />
          </>
        )}
      </div>
    </div>
  );
}
