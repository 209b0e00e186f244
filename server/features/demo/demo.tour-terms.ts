import type { TourTerms, TourType } from "../../../shared/tours/constants.ts";
import { addMonths } from "./demo.dates.ts";
import type { DemoCompany, DemoPerson } from "./demo.generator.ts";
import type { Random } from "./demo.random.ts";
import * as tw from "./demo.tour-words.ts";
import { TRACKS } from "./demo.vocabulary.ts";

/** The text of a tour of duty: a mission that fits the person's track, in the book's terms. */

/** The projects that fit a person: by the track their headline names, leadership for owners and leads. */
function projectsFor(rng: Random, person: DemoPerson, isOwner: boolean): readonly tw.Project[] {
  const title = person.headline.split(/ at | · /)[0] ?? "";
  const leadership = tw.PROJECTS.leadership as readonly tw.Project[];
  if (isOwner || title === "CEO") return leadership;
  const track = TRACKS.find((t) => t.leadTitles.includes(title) || t.titles.some((x) => title.endsWith(x)));
  if (!track) return leadership;
  if (track.leadTitles.includes(title) && rng.chance(0.5)) return leadership;
  return tw.PROJECTS[track.area] ?? leadership;
}

export interface TermsInput {
  person: DemoPerson;
  company: DemoCompany;
  isOwner: boolean;
  type: TourType;
  startDate: string;
  plannedEndDate: string | null;
  sponsorId: string;
  cadence: number;
  /** Titles already used in this company, so two colleagues do not get the same mission. */
  usedTitles: Set<string>;
}

export function makeTerms(rng: Random, o: TermsInput): TourTerms {
  const projects = projectsFor(rng, o.person, o.isOwner);
  const fresh = projects.filter((x) => !o.usedTitles.has(x.title));
  const project = rng.pick(fresh.length > 0 ? fresh : projects);
  o.usedTitles.add(project.title);
  const skill = rng.pick(o.person.skills);
  const fill = (s: string) => s.replaceAll("{org}", o.company.name).replaceAll("{skill}", skill);
  return {
    type: o.type,
    title: project.title,
    missionObjective: fill(project.objective),
    companyGets: fill(project.companyGets),
    personGets: {
      skills: fill(rng.pick(tw.SKILL_GAINS)),
      experience: rng.pick(tw.EXPERIENCE_GAINS),
      network: rng.pick(tw.NETWORK_GAINS),
      reputation: rng.pick(tw.REPUTATION_GAINS),
    },
    successMeasures: project.measures,
    startDate: o.startDate,
    plannedEndDate: o.plannedEndDate,
    sponsorId: o.sponsorId,
    checkInCadenceMonths: o.cadence,
    personFirstConversation: rng.chance(0.9),
    companyFirstConversation: rng.chance(0.9),
    servesOrgValues: rng.sample(o.company.values, rng.int(1, 3)),
    servesPersonValues: rng.sample(o.person.values, rng.int(0, Math.min(3, o.person.values.length))),
    workWorthDoing: rng.pick(tw.WORK_WORTH_DOING),
  };
}

/** A draft still being written: some fields left for the conversation. */
export function unfinished(rng: Random, terms: TourTerms): TourTerms {
  return rng.chance(0.5)
    ? { ...terms, successMeasures: "", personGets: { ...terms.personGets, reputation: "" } }
    : { ...terms, workWorthDoing: "" };
}

/** An agreed amendment: a later planned end and an extra success measure. */
export function amended(terms: TourTerms, a: tw.Amendment): TourTerms {
  return {
    ...terms,
    plannedEndDate: terms.plannedEndDate ? addMonths(terms.plannedEndDate, a.extendMonths) : null,
    successMeasures: `${terms.successMeasures} ${a.measuresAddition}`.trim(),
  };
}
