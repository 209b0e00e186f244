import type { TestApp, TestClient } from "../../test/app.ts";
import { addMember, createOrg } from "../../test/factories.ts";

export type Person = TestClient & { userId: string; email: string };

export interface TourCast {
  slug: string;
  owner: Person;
  manager: Person;
  person: Person;
  colleague: Person;
  outsider: Person;
}

/** An organization with an owner, a manager (the sponsor), the person on the tour, a colleague and an outsider. */
export async function castForTours(t: TestApp): Promise<TourCast> {
  const owner = await t.signUp("Olga Owner");
  const manager = await t.signUp("Mark Manager");
  const person = await t.signUp("Pia Person");
  const colleague = await t.signUp("Carl Colleague");
  const outsider = await t.signUp("Oona Outsider");
  const slug = await createOrg(owner, "Tour Co", { values: ["Trust", "Craft"] });
  await addMember(t, owner, slug, manager, "manager");
  await addMember(t, owner, slug, person);
  await addMember(t, owner, slug, colleague);
  await createOrg(outsider, "Elsewhere Inc");
  return { slug, owner, manager, person, colleague, outsider };
}

export const today = () => new Date().toISOString().slice(0, 10);

/** A transformational tour drafted by the manager for the person, starting today. */
export async function draftTour(c: TourCast, extra: Record<string, unknown> = {}) {
  const res = await c.manager.post(`/api/v1/orgs/${c.slug}/tours`, {
    personId: c.person.userId,
    type: "transformational",
    title: "Rebuild onboarding",
    startDate: today(),
    missionObjective: "Cut time-to-first-commit to one day",
    companyGets: "Faster onboarding",
    personGets: {
      skills: "Systems design",
      experience: "Leading a team",
      network: "Platform group",
      reputation: "Owner of onboarding",
    },
    ...extra,
  });
  if (res.statusCode !== 201) throw new Error(`draft failed: ${res.body}`);
  return res.json();
}

/** Proposes and has both sides sign: the tour is agreed (and active when it starts today). */
export async function agreeTour(c: TourCast, tour: { id: string; version: number }) {
  let current = (await c.manager.post(`/api/v1/tours/${tour.id}/propose`, { version: tour.version })).json();
  current = (await c.person.post(`/api/v1/tours/${tour.id}/sign`, { version: current.version })).json();
  const signed = await c.manager.post(`/api/v1/tours/${tour.id}/sign`, { version: current.version });
  if (signed.statusCode !== 200) throw new Error(`sign failed: ${signed.body}`);
  return signed.json();
}
