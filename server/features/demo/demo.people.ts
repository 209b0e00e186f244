import {
  DEFAULT_VISIBILITY,
  PROFILE_FIELDS,
  type ProfileField,
  VISIBILITIES,
  type Visibility,
} from "../../../shared/people/schemas.ts";
import type { DemoProfile } from "./demo.generator.ts";
import type { Random } from "./demo.random.ts";
import * as words from "./demo.vocabulary.ts";

/** Profiles for the demo people, written from the careers the generator already decided. */

export const DEMO_EMAIL_DOMAIN = "demo.alliance.local";

/** ASCII letters only, for emails, slugs and link handles ("Yılmaz" -> "yilmaz", "O'Brien" -> "obrien"). */
export function ascii(s: string): string {
  return s
    .replace(/ı/g, "i")
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z]/g, "");
}

export interface Name {
  first: string;
  last: string;
  japanese: boolean;
}

/** About one in five names is Japanese. Full names are kept distinct so people are easy to tell apart. */
export function makeNames(rng: Random, count: number): Name[] {
  const taken = new Set<string>();
  return Array.from({ length: count }, () => {
    const japanese = rng.chance(0.22);
    let name: Name = { first: "", last: "", japanese };
    // Bounded retries: past a few thousand people the lists run out and a repeated name is acceptable.
    for (let attempt = 0; attempt < 20; attempt++) {
      name = {
        first: rng.pick(japanese ? words.JAPANESE_FIRST_NAMES : words.FIRST_NAMES),
        last: rng.pick(japanese ? words.JAPANESE_LAST_NAMES : words.LAST_NAMES),
        japanese,
      };
      if (!taken.has(`${name.first} ${name.last}`)) break;
    }
    taken.add(`${name.first} ${name.last}`);
    return name;
  });
}

function makeVisibility(rng: Random): Record<ProfileField, Visibility> {
  const v = { ...DEFAULT_VISIBILITY };
  const persona = rng.weighted([35, 40, 15, 10]);
  if (persona === 1) {
    // Most people adjust a field or two and keep the defaults for the rest.
    for (const field of rng.sample(PROFILE_FIELDS, rng.int(1, 3))) {
      v[field] = VISIBILITIES[rng.weighted([1, 2, 2, 2, 3])] as Visibility;
    }
  } else if (persona === 2) {
    for (const field of PROFILE_FIELDS) v[field] = "public";
  } else if (persona === 3) {
    for (const field of PROFILE_FIELDS)
      v[field] = rng.pick(["only_me", "connections", "organizations"] as const);
    v.headline = "public";
  }
  return v;
}

export interface CareerFacts {
  /** 0 is the demo login, who gets a complete profile. */
  index: number;
  id: string;
  name: Name;
  years: number;
  currentCompany: string | null;
  isOwner: boolean;
  pastCompanies: string[];
}

export function makePerson(rng: Random, facts: CareerFacts): DemoProfile {
  const { index, id, years, currentCompany, pastCompanies: past } = facts;
  const { first, last, japanese } = facts.name;
  const login = index === 0;
  const track = rng.pick(words.TRACKS);
  const senior = years > 8 ? "Senior " : years < 3 ? "Junior " : "";
  const title = facts.isOwner
    ? "CEO"
    : years > 10 && rng.chance(0.4)
      ? rng.pick(track.leadTitles)
      : `${senior}${rng.pick(track.titles)}`;
  const headline = currentCompany ? `${title} at ${currentCompany}` : `${title} · open to a new tour of duty`;
  const bio = [
    `${years} ${years === 1 ? "year" : "years"} in ${track.area}.`,
    past.length > 0 ? `Previously at ${past.join(" and ")}.` : "",
    `Outside work: ${rng.pick(words.HOBBIES)}.`,
  ]
    .filter(Boolean)
    .join(" ");
  const handle = `${ascii(first)}${ascii(last)}${index + 1}`;
  const allLinks = [
    { label: "Website", url: `https://${handle}.example` },
    { label: "Code", url: `https://code.example/${handle}` },
    { label: "Writing", url: `https://blog.example/${handle}` },
  ];
  return {
    id,
    email: `${ascii(first)}.${ascii(last)}.${index + 1}@${DEMO_EMAIL_DOMAIN}`,
    displayName: `${first} ${last}`,
    headline,
    bio,
    location: rng.pick(japanese && rng.chance(0.8) ? words.JAPANESE_LOCATIONS : words.LOCATIONS),
    skills: rng.sample(track.skills, rng.int(login ? 5 : 2, 6)),
    links: login ? allLinks : rng.sample(allLinks, rng.int(0, 3)),
    // The demo login shows a complete profile; others leave some fields blank, as real people do.
    mission: login || rng.chance(0.75) ? rng.pick(track.missions) : "",
    vision: login || rng.chance(0.6) ? rng.pick(words.PERSONAL_VISIONS) : "",
    values: rng.sample(words.PERSONAL_VALUES, login ? 5 : rng.int(0, 5)),
    visibility: login ? { ...DEFAULT_VISIBILITY } : makeVisibility(rng),
  };
}
