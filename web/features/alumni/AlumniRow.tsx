import { Link } from "@tanstack/react-router";
import { useId, useState } from "react";
import { useTranslation } from "react-i18next";
import { ALUMNI_TIERS, type AlumniTier } from "../../../shared/affiliations/constants.ts";
import type { Degree } from "../../../shared/graph/schemas.ts";
import { Button } from "../../components/Button.tsx";
import { formatDay } from "../../components/dates.ts";
import { ErrorAlert } from "../../components/ErrorAlert.tsx";
import { Select } from "../../components/Select.tsx";
import { TextField } from "../../components/TextField.tsx";
import { required, useFormErrors } from "../../components/useFormErrors.ts";
import { Badge } from "../alliance/StageList.tsx";
import { DegreeBadge } from "../network/DegreeBadge.tsx";
import { useChangeTier, useRemoveAlumnus } from "./queries.ts";
import type { Alumnus } from "./types.ts";

/** One alumnus for admins: tier, and removal from the network with a recorded reason. */
export function AlumniRow({ slug, alumnus, degree }: { slug: string; alumnus: Alumnus; degree?: Degree }) {
  const { t } = useTranslation();
  const changeTier = useChangeTier(slug, alumnus.userId);
  const remove = useRemoveAlumnus(slug, alumnus.userId);
  const [removing, setRemoving] = useState(false);
  const [reason, setReason] = useState("");
  const form = useFormErrors(remove.error);
  const nameId = useId();

  return (
    <li className="flex flex-col gap-3 rounded-lg border border-slate-200 bg-white p-4">
      <div className="flex flex-col gap-3 sm:flex-row sm:items-start sm:justify-between">
        <div className="min-w-0">
          <div className="flex flex-wrap items-center gap-2">
            <Link
              id={nameId}
              to="/people/$id"
              params={{ id: alumnus.userId }}
              className="font-semibold break-words text-blue-800 underline"
            >
              {alumnus.displayName}
            </Link>
            <DegreeBadge degree={degree} />
            {alumnus.boomerang && <Badge tone="boomerang">{t("timeline.boomerang")}</Badge>}
          </div>
          {alumnus.headline && <p className="text-slate-700">{alumnus.headline}</p>}
          {alumnus.lastDay && (
            <p className="text-sm text-slate-600">
              {t("timeline.lastDay", { date: formatDay(alumnus.lastDay) })}
            </p>
          )}
          <Link
            to="/orgs/$slug/people/$userId/history"
            // The visible text stays short (and free of the name, which links to the profile); the
            // description says whose history it is.
            aria-describedby={nameId}
            params={{ slug, userId: alumnus.userId }}
            className="text-sm text-blue-800 underline"
          >
            {t("alumni.history")}
          </Link>
        </div>
        <div className="flex flex-col gap-2 sm:w-56">
          <Select<AlumniTier>
            label={t("alumni.tierFor", { name: alumnus.displayName })}
            value={alumnus.tier}
            disabled={changeTier.isPending}
            onChange={(tier) => changeTier.mutate(tier)}
            options={ALUMNI_TIERS.map((tier) => ({ value: tier, label: t(`alumni.tiers.${tier}`) }))}
          />
          {!removing && (
            <Button variant="secondary" size="sm" onClick={() => setRemoving(true)}>
              {t("alumni.remove", { name: alumnus.displayName })}
            </Button>
          )}
        </div>
      </div>
      {removing && (
        <form
          ref={form.formRef}
          noValidate
          className="flex flex-col gap-3 rounded-md bg-red-50 p-3"
          onSubmit={(e) => {
            e.preventDefault();
            if (!form.check({ reason: required(t, reason) })) return;
            remove.mutate(reason.trim());
          }}
        >
          <TextField
            label={t("alumni.removeReason")}
            hint={t("alumni.removeHint")}
            rows={2}
            maxLength={1000}
            value={reason}
            onChange={setReason}
            error={form.errorFor("reason")}
          />
          <div className="flex flex-wrap gap-2">
            <Button type="submit" variant="danger" size="sm" loading={remove.isPending}>
              {t("alumni.removeConfirm")}
            </Button>
            <Button
              variant="secondary"
              size="sm"
              onClick={() => setRemoving(false)}
              disabled={remove.isPending}
            >
              {t("common.cancel")}
            </Button>
          </div>
        </form>
      )}
      <ErrorAlert error={changeTier.error ?? remove.error} placed={["reason"]} />
    </li>
  );
}
