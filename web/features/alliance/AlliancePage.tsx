import { Link } from "@tanstack/react-router";
import { useTranslation } from "react-i18next";
import { ErrorAlert } from "../../components/ErrorAlert.tsx";
import { Page, Section } from "../../components/Page.tsx";
import { Spinner } from "../../components/Spinner.tsx";
import { AllianceTourList } from "./AllianceTourList.tsx";
import { CalendarFeed } from "./CalendarFeed.tsx";
import { useMyAlliance } from "./queries.ts";

/** "My alliance": what needs attention first, then my own tours, then the tours I sponsor. */
export function AlliancePage() {
  const { t } = useTranslation();
  const alliance = useMyAlliance();
  const data = alliance.data;
  const sponsoring = data && data.asSponsor.length > 0;

  return (
    <Page
      title={t("alliance.title")}
      actions={
        <Link to="/timeline" className="text-blue-800 underline">
          {t("alliance.timelineLink")}
        </Link>
      }
    >
      <p className="text-slate-700">{t("alliance.intro")}</p>
      {alliance.isPending && <Spinner />}
      {alliance.isError && <ErrorAlert error={alliance.error} />}
      {data && (
        <>
          <Section title={t("alliance.attention")}>
            <div className="flex flex-col gap-5">
              <div>
                <h3 className="mb-2 font-semibold text-red-900">{t("alliance.overdue")}</h3>
                <AllianceTourList tours={data.overdue} empty={t("alliance.noneOverdue")} />
              </div>
              <div>
                <h3 className="mb-2 font-semibold">{t("alliance.upcoming")}</h3>
                <AllianceTourList tours={data.upcoming} empty={t("alliance.noneUpcoming")} />
              </div>
            </div>
          </Section>
          <Section title={t("alliance.myTours")}>
            <AllianceTourList tours={data.asPerson} empty={t("alliance.noMyTours")} />
          </Section>
          {sponsoring && (
            <Section title={t("alliance.sponsored")}>
              <div className="flex flex-col gap-5">
                <div>
                  <h3 className="mb-2 font-semibold">{t("alliance.inReview")}</h3>
                  <AllianceTourList tours={data.inReview} empty={t("alliance.noneInReview")} />
                </div>
                <div>
                  <h3 className="mb-2 font-semibold">{t("alliance.endingSoon")}</h3>
                  <AllianceTourList tours={data.endingWithinSixMonths} empty={t("alliance.noneEnding")} />
                </div>
                <div>
                  <h3 className="mb-2 font-semibold">{t("alliance.allSponsored")}</h3>
                  <AllianceTourList tours={data.asSponsor} empty={t("alliance.noSponsored")} />
                </div>
              </div>
            </Section>
          )}
        </>
      )}
      <CalendarFeed />
    </Page>
  );
}
