import { z } from "zod";
import { rankedValues } from "../common/schemas.ts";

import {
  AUDIENCES,
  DEFAULT_VISIBILITY,
  PROFILE_FIELDS,
  type ProfileField,
  VISIBILITIES,
} from "./constants.ts";

export type { Audience, ProfileField, Visibility } from "./constants.ts";
export { AUDIENCES, DEFAULT_VISIBILITY, PROFILE_FIELDS, VISIBILITIES };

export const visibility = z.enum(VISIBILITIES);
export const audience = z.enum(AUDIENCES);

export const link = z.object({
  label: z.string().trim().min(1).max(60),
  url: z.url({ protocol: /^https?$/, error: "must be an http(s) URL" }).max(500),
});

export const profileFields = {
  headline: z.string().trim().max(140),
  bio: z.string().trim().max(4000),
  location: z.string().trim().max(120),
  skills: z
    .array(z.string().trim().min(1).max(40))
    .max(50)
    .refine((s) => new Set(s.map((x) => x.toLowerCase())).size === s.length, "skills must be distinct"),
  links: z.array(link).max(10),
  mission: z.string().trim().max(1000),
  vision: z.string().trim().max(1000),
  values: rankedValues,
};

export const visibilityMap = z.object(
  Object.fromEntries(PROFILE_FIELDS.map((f) => [f, visibility])) as Record<ProfileField, typeof visibility>,
);

export const updateProfileBody = z
  .object({
    displayName: z.string().trim().min(1).max(100).optional(),
    headline: profileFields.headline.optional(),
    bio: profileFields.bio.optional(),
    location: profileFields.location.optional(),
    skills: profileFields.skills.optional(),
    links: profileFields.links.optional(),
    mission: profileFields.mission.optional(),
    vision: profileFields.vision.optional(),
    values: profileFields.values.optional(),
    visibility: visibilityMap.partial().optional(),
  })
  .strict();
export type UpdateProfileInput = z.infer<typeof updateProfileBody>;

/** A profile as one viewer sees it: hidden fields are absent, never null or empty. */
export const profileView = z.object({
  id: z.string(),
  displayName: z.string(),
  headline: z.string().optional(),
  bio: z.string().optional(),
  location: z.string().optional(),
  skills: z.array(z.string()).optional(),
  links: z.array(link).optional(),
  mission: z.string().optional(),
  vision: z.string().optional(),
  values: z.array(z.string()).optional(),
});
export type ProfileView = z.infer<typeof profileView>;

/** The owner's own profile: every field plus the visibility of each. */
export const ownProfile = profileView.required().extend({
  email: z.string(),
  visibility: visibilityMap,
});
export type OwnProfile = z.infer<typeof ownProfile>;

export const previewQuery = z.object({ audience });

export const searchPeopleQuery = z.object({
  q: z.string().trim().max(100).default(""),
  cursor: z.string().max(200).optional(),
  limit: z.coerce.number().int().min(1).max(100).default(20),
});
