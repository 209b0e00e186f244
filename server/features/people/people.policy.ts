import {
  type Audience,
  PROFILE_FIELDS,
  type ProfileField,
  type ProfileView,
  type Visibility,
} from "../../../shared/people/schemas.ts";
import type { Actor } from "../accounts/actor.ts";

/** How a viewer stands to a profile's owner. Computed by the repository from memberships and connections. */
export interface ViewerRelation {
  self: boolean;
  /** Both are active members of at least one organization. */
  sharesOrg: boolean;
  /** The owner is an alumnus of an organization where the viewer is an active member or alumnus. */
  sharesAlumniNetwork: boolean;
  connected: boolean;
}

export const STRANGER: ViewerRelation = {
  self: false,
  sharesOrg: false,
  sharesAlumniNetwork: false,
  connected: false,
};

/** The one rule for profile fields: the owner always sees everything; others see what their relation allows. */
export function canSeeField(relation: ViewerRelation, visibility: Visibility): boolean {
  if (relation.self) return true;
  switch (visibility) {
    case "public":
      return true;
    case "organizations":
      return relation.sharesOrg;
    case "alumni_networks":
      return relation.sharesAlumniNetwork;
    case "connections":
      return relation.connected;
    case "only_me":
      return false;
  }
}

/** The relation a "view as" preview pretends to have: exactly one audience, never the owner. */
export function relationForAudience(audience: Audience): ViewerRelation {
  return {
    self: false,
    sharesOrg: audience === "organizations",
    sharesAlumniNetwork: audience === "alumni_networks",
    connected: audience === "connections",
  };
}

export function canEditProfile(actor: Actor, ownerId: string): boolean {
  return actor.kind === "user" && actor.userId === ownerId;
}

/** People search needs an account: public profiles are reachable by link, not by crawling the directory. */
export function canSearchPeople(actor: Actor): boolean {
  return actor.kind === "user";
}

export interface StoredProfile {
  userId: string;
  displayName: string;
  headline: string;
  bio: string;
  location: string;
  skills: string[];
  links: { label: string; url: string }[];
  mission: string;
  vision: string;
  values: string[];
  visibility: Record<ProfileField, Visibility>;
}

/** Builds what leaves the server: hidden fields are left out entirely, so no empty value hints at them. */
export function toProfileView(profile: StoredProfile, relation: ViewerRelation): ProfileView {
  const view: ProfileView = { id: profile.userId, displayName: profile.displayName };
  for (const field of PROFILE_FIELDS) {
    if (canSeeField(relation, profile.visibility[field])) {
      (view as Record<string, unknown>)[field] = profile[field];
    }
  }
  return view;
}
