import type { Audience, ProfileField, Visibility } from "../../../shared/people/schemas.ts";
import type { Expect, ListsEvery } from "../../api/typeChecks.ts";

/** Narrowest to widest, the order people think in. */
export const VISIBILITIES = [
  "only_me",
  "connections",
  "organizations",
  "alumni_networks",
  "public",
] as const satisfies readonly Visibility[];

export const AUDIENCES = [
  "public",
  "organizations",
  "alumni_networks",
  "connections",
] as const satisfies readonly Audience[];

export const PROFILE_FIELDS = [
  "headline",
  "bio",
  "location",
  "skills",
  "links",
  "mission",
  "vision",
  "values",
] as const satisfies readonly ProfileField[];

export type CopiesAreComplete = [
  Expect<ListsEvery<Visibility, typeof VISIBILITIES>>,
  Expect<ListsEvery<Audience, typeof AUDIENCES>>,
  Expect<ListsEvery<ProfileField, typeof PROFILE_FIELDS>>,
];
