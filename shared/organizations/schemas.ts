import { z } from "zod";
import { email } from "../accounts/schemas.ts";
import { rankedValues } from "../common/schemas.ts";

import { ROLES } from "./constants.ts";

export type { Role } from "./constants.ts";
export { ROLES };
export const role = z.enum(ROLES);

export const slug = z
  .string()
  .trim()
  .toLowerCase()
  .min(2)
  .max(48)
  .regex(/^[a-z0-9](?:[a-z0-9-]*[a-z0-9])?$/, "lowercase letters, digits and inner hyphens only");

const optionalUrl = z.union([
  z.literal(""),
  z.url({ protocol: /^https?$/, error: "must be an http(s) URL" }).max(500),
]);

export const orgProfileFields = {
  name: z.string().trim().min(1).max(120),
  description: z.string().trim().max(4000),
  website: optionalUrl,
  mission: z.string().trim().max(1000),
  vision: z.string().trim().max(1000),
  values: rankedValues,
};

export const createOrgBody = z
  .object({
    name: orgProfileFields.name,
    slug: slug.optional().describe("Derived from the name when omitted"),
    description: orgProfileFields.description.default(""),
    website: orgProfileFields.website.default(""),
    mission: orgProfileFields.mission.default(""),
    vision: orgProfileFields.vision.default(""),
    values: orgProfileFields.values.default([]),
  })
  .strict();
export type CreateOrgInput = z.infer<typeof createOrgBody>;

export const updateOrgBody = z
  .object({
    name: orgProfileFields.name.optional(),
    slug: slug.optional(),
    description: orgProfileFields.description.optional(),
    website: orgProfileFields.website.optional(),
    mission: orgProfileFields.mission.optional(),
    vision: orgProfileFields.vision.optional(),
    values: orgProfileFields.values.optional(),
  })
  .strict();
export type UpdateOrgInput = z.infer<typeof updateOrgBody>;

export const org = z.object({
  id: z.string(),
  name: z.string(),
  slug: z.string(),
  description: z.string(),
  website: z.string(),
  mission: z.string(),
  vision: z.string(),
  values: z.array(z.string()),
  memberCount: z.number().int().optional().describe("Only for members"),
  myRole: role.nullable().describe("The caller's role, or null when not a member"),
  myStanding: z
    .enum(["member", "alumnus", "former", "removed"])
    .nullable()
    .describe(
      "The caller's standing today: alumni are not members but have the alumni area; null when never a member",
    ),
  createdAt: z.string(),
});
export type Org = z.infer<typeof org>;

export const slugParam = z.object({ slug: z.string().min(1).max(64) });
export const memberParams = z.object({ slug: z.string().min(1).max(64), userId: z.string().min(1).max(100) });
export const invitationParams = z.object({
  slug: z.string().min(1).max(64),
  invitationId: z.string().min(1).max(100),
});

export const member = z.object({
  userId: z.string(),
  displayName: z.string(),
  headline: z.string().optional(),
  email: z.string().optional().describe("Shown to owners and admins only"),
  role,
  since: z.string(),
});
export type Member = z.infer<typeof member>;

export const changeRoleBody = z.object({ role }).strict();

export const createInvitationBody = z
  .object({ email, role: role.exclude(["owner"]).default("member") })
  .strict();

export const invitation = z.object({
  id: z.string(),
  email: z.string(),
  role,
  status: z.enum(["pending", "accepted", "revoked", "expired"]),
  invitedBy: z.string().describe("Display name of the inviter"),
  expiresAt: z.string(),
  createdAt: z.string(),
});
export type Invitation = z.infer<typeof invitation>;

export const acceptInvitationBody = z.object({ token: z.string().min(1).max(500) }).strict();
