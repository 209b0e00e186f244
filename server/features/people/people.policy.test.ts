import { describe, expect, it } from "vitest";
import { DEFAULT_VISIBILITY, VISIBILITIES, type Visibility } from "../../../shared/people/schemas.ts";
import { type Actor, ANONYMOUS } from "../accounts/actor.ts";
import {
  canEditProfile,
  canSearchPeople,
  canSeeField,
  relationForAudience,
  STRANGER,
  type StoredProfile,
  toProfileView,
  type ViewerRelation,
} from "./people.policy.ts";

const viewers: Record<string, ViewerRelation> = {
  owner: { ...STRANGER, self: true },
  colleague: { ...STRANGER, sharesOrg: true },
  "alumni-network peer": { ...STRANGER, sharesAlumniNetwork: true },
  connection: { ...STRANGER, connected: true },
  "stranger / other organization / anonymous": STRANGER,
};

// Expected visibility per viewer, written out by hand so the test states the rule instead of re-deriving it.
const expected: Record<string, Visibility[]> = {
  owner: ["only_me", "organizations", "alumni_networks", "connections", "public"],
  colleague: ["organizations", "public"],
  "alumni-network peer": ["alumni_networks", "public"],
  connection: ["connections", "public"],
  "stranger / other organization / anonymous": ["public"],
};

describe("canSeeField", () => {
  for (const [name, relation] of Object.entries(viewers)) {
    for (const visibility of VISIBILITIES) {
      const allowed = expected[name]?.includes(visibility) ?? false;
      it(`${name} ${allowed ? "sees" : "does not see"} a field set to ${visibility}`, () => {
        expect(canSeeField(relation, visibility)).toBe(allowed);
      });
    }
  }
});

describe("toProfileView", () => {
  const profile: StoredProfile = {
    userId: "u1",
    displayName: "Ada",
    headline: "Engineer",
    bio: "secret bio",
    location: "Osaka",
    skills: ["go"],
    links: [{ label: "site", url: "https://example.com" }],
    mission: "m",
    vision: "v",
    values: ["candour"],
    visibility: { ...DEFAULT_VISIBILITY, bio: "only_me", location: "connections" },
  };

  it("leaves hidden fields out entirely for a stranger", () => {
    const view = toProfileView(profile, STRANGER);
    expect(view).toEqual({ id: "u1", displayName: "Ada", headline: "Engineer", skills: ["go"] });
    expect(JSON.stringify(view)).not.toContain("secret bio");
  });

  it("shows an only-me field to the owner alone", () => {
    expect(toProfileView(profile, { ...STRANGER, self: true }).bio).toBe("secret bio");
    for (const rel of Object.values(viewers).filter((r) => !r.self)) {
      expect(toProfileView(profile, rel)).not.toHaveProperty("bio");
    }
  });

  it("previews an audience as exactly that audience", () => {
    expect(toProfileView(profile, relationForAudience("connections"))).toHaveProperty("location", "Osaka");
    expect(toProfileView(profile, relationForAudience("organizations"))).not.toHaveProperty("location");
    expect(toProfileView(profile, relationForAudience("public"))).not.toHaveProperty("mission");
  });
});

describe("profile actions", () => {
  const owner: Actor = { kind: "user", userId: "u1", email: "a@x.io", name: "A", emailVerified: true };
  const other: Actor = { kind: "user", userId: "u2", email: "b@x.io", name: "B", emailVerified: true };
  const table: [string, Actor, boolean, boolean][] = [
    ["owner", owner, true, true],
    ["another person (any organization, alumni or not)", other, false, true],
    ["anonymous", ANONYMOUS, false, false],
  ];
  for (const [name, actor, edit, search] of table) {
    it(`${name}: edit=${edit}, search=${search}`, () => {
      expect(canEditProfile(actor, "u1")).toBe(edit);
      expect(canSearchPeople(actor)).toBe(search);
    });
  }
});
