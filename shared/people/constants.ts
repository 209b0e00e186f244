// Plain values with no zod import, so the browser bundle can use them without loading the schemas.

/** Who may see a profile field, narrowest to widest. Each audience is separate; `public` includes everyone. */
export const VISIBILITIES = ["only_me", "connections", "organizations", "alumni_networks", "public"] as const;
export type Visibility = (typeof VISIBILITIES)[number];

/** Audiences a person can preview their profile as ("view as"). */
export const AUDIENCES = ["public", "organizations", "alumni_networks", "connections"] as const;
export type Audience = (typeof AUDIENCES)[number];

/** Profile fields whose visibility the owner controls. The display name is always shown: it is how people find each other. */
export const PROFILE_FIELDS = [
  "headline",
  "bio",
  "location",
  "skills",
  "links",
  "mission",
  "vision",
  "values",
] as const;
export type ProfileField = (typeof PROFILE_FIELDS)[number];

export const DEFAULT_VISIBILITY: Record<ProfileField, Visibility> = {
  headline: "public",
  skills: "public",
  bio: "organizations",
  location: "organizations",
  links: "connections",
  mission: "organizations",
  vision: "organizations",
  values: "organizations",
};
