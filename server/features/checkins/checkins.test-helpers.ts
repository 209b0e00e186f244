import { eq } from "drizzle-orm";
import type { TourStatus, TourTerms } from "../../../shared/tours/constants.ts";
import { addDays, isoDay } from "../../clock.ts";
import type { TestApp } from "../../test/app.ts";
import { organizations } from "../organizations/organizations.tables.ts";
import { tours } from "../tours/tours.tables.ts";

// Tours have no API yet: tests insert them as the tours service will have left them.

/** The day `days` from the test app's clock. */
export const dayFrom = (t: { now(): Date }, days = 0) => addDays(isoDay(t.now()), days);

async function orgIdOf(t: TestApp, slug: string): Promise<string> {
  const [row] = await t.database.db
    .select({ id: organizations.id })
    .from(organizations)
    .where(eq(organizations.slug, slug));
  if (!row) throw new Error(`no organization ${slug}`);
  return row.id;
}

/** Inserts an agreed tour of `personId` sponsored by `sponsorId`, stored as `status` (default active). */
export async function insertTour(
  t: TestApp & { now(): Date },
  input: {
    slug: string;
    personId: string;
    sponsorId: string | null;
    status?: TourStatus;
    terms?: Partial<TourTerms>;
  },
): Promise<string> {
  const terms: TourTerms = {
    type: "transformational",
    title: "Launch the partner programme",
    missionObjective: "Take the partner programme from pilot to ten paying partners.",
    companyGets: "A repeatable partner channel.",
    personGets: {
      skills: "Negotiation",
      experience: "Running a programme end to end",
      network: "Partner leads",
      reputation: "Known as the one who built it",
    },
    successMeasures: "Ten partners live",
    startDate: dayFrom(t, -30),
    plannedEndDate: dayFrom(t, 700),
    sponsorId: input.sponsorId,
    checkInCadenceMonths: 3,
    personFirstConversation: true,
    companyFirstConversation: true,
    servesOrgValues: [],
    servesPersonValues: [],
    workWorthDoing: "It opens the company to a new market.",
    ...input.terms,
  };
  const status = input.status ?? "active";
  const [row] = await t.database.db
    .insert(tours)
    .values({
      orgId: await orgIdOf(t, input.slug),
      personId: input.personId,
      sponsorId: input.sponsorId,
      terms,
      status,
      agreedVersion: status === "draft" || status === "proposed" ? 0 : 1,
      createdBy: input.sponsorId,
    })
    .returning({ id: tours.id });
  if (!row) throw new Error("insert returned no row");
  return row.id;
}
