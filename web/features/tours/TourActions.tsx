import { useTranslation } from "react-i18next";
import type { Tour } from "../../../shared/tours/schemas.ts";
import { Alert } from "../../components/Alert.tsx";
import { Button } from "../../components/Button.tsx";
import { formatDateTime } from "../../components/dates.ts";
import { type TourCommand, useReloadTour, useTourCommand } from "./queries.ts";
import { TourConflict } from "./TourConflict.tsx";

const doneKey = (c: TourCommand | "edit") => (c === "propose" || c === "sign" ? c : ("withdraw" as const));

export type Panel = "edit" | "amend" | "endEarly" | "complete" | null;

/** Who has signed the version waiting for signatures, and who still has to. */
function PendingSignatures({ tour }: { tour: Tour }) {
  const { t } = useTranslation();
  if (tour.pendingVersion === null) return null;
  const signed = (side: "person" | "company") => tour.signatures.find((s) => s.side === side);
  const amendment = tour.agreedVersion > 0;
  return (
    <Alert
      tone="info"
      title={
        amendment
          ? t("tours.pending.amendment", { version: tour.pendingVersion })
          : t("tours.pending.proposal", { version: tour.pendingVersion })
      }
    >
      <ul className="list-disc pl-5">
        {(["person", "company"] as const).map((side) => {
          const s = signed(side);
          return (
            <li key={side}>
              {s
                ? t("tours.pending.signed", {
                    side: t(`tours.sides.${side}`),
                    name: s.signerName,
                    when: formatDateTime(s.signedAt),
                  })
                : t("tours.pending.waiting", { side: t(`tours.sides.${side}`) })}
            </li>
          );
        })}
      </ul>
    </Alert>
  );
}

/**
 * Exactly the actions the server says this viewer may take now (`tour.can`). One-step commands run here;
 * editing, amending, ending early and completing open a panel on the page.
 */
export function TourActions({
  tour,
  panel,
  onPanel,
}: {
  tour: Tour;
  panel: Panel;
  onPanel: (p: Panel) => void;
}) {
  const { t } = useTranslation();
  const command = useTourCommand(tour);
  const reload = useReloadTour(tour.id);
  const run = (c: TourCommand) => command.mutate({ command: c });
  const pendingAmendment = tour.pendingVersion !== null && tour.agreedVersion > 0;
  const busy = (c: TourCommand) => command.isPending && command.variables?.command === c;
  const { can } = tour;
  const any =
    can.edit || can.propose || can.withdraw || can.sign || can.amend || can.endEarly || can.complete;

  return (
    <section aria-labelledby="tour-actions" className="flex flex-col gap-3 print:hidden">
      <h2 id="tour-actions" className="sr-only">
        {t("tours.actions.title")}
      </h2>
      <PendingSignatures tour={tour} />
      {any && panel === null && (
        <div className="flex flex-wrap gap-2">
          {can.sign && tour.mySide && (
            <Button loading={busy("sign")} onClick={() => run("sign")}>
              {t("tours.actions.sign", { side: t(`tours.sides.${tour.mySide}`) })}
            </Button>
          )}
          {can.propose && (
            <Button loading={busy("propose")} onClick={() => run("propose")}>
              {t("tours.actions.propose")}
            </Button>
          )}
          {can.edit && (
            <Button variant="secondary" onClick={() => onPanel("edit")}>
              {t("tours.actions.edit")}
            </Button>
          )}
          {can.withdraw && (
            <Button
              variant="secondary"
              loading={busy("withdraw") || busy("amendments/withdraw")}
              onClick={() => run(pendingAmendment ? "amendments/withdraw" : "withdraw")}
            >
              {pendingAmendment ? t("tours.actions.withdrawAmendment") : t("tours.actions.withdraw")}
            </Button>
          )}
          {can.amend && (
            <Button variant="secondary" onClick={() => onPanel("amend")}>
              {t("tours.actions.amend")}
            </Button>
          )}
          {can.complete && (
            <Button variant="secondary" onClick={() => onPanel("complete")}>
              {t("tours.actions.complete")}
            </Button>
          )}
          {can.endEarly && (
            <Button variant="danger" onClick={() => onPanel("endEarly")}>
              {t("tours.actions.endEarly")}
            </Button>
          )}
        </div>
      )}
      {can.sign && panel === null && <p className="text-sm text-slate-600">{t("tours.actions.signHint")}</p>}
      {command.isSuccess && (
        <p role="status" className="text-sm text-green-800">
          {t(`tours.done.${doneKey(command.variables.command)}`)}
        </p>
      )}
      <TourConflict
        error={command.error}
        onReload={() => {
          command.reset();
          reload();
        }}
      />
    </section>
  );
}
