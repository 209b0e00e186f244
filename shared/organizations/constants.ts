// Plain values with no zod import, so the browser bundle can use them without loading the schemas.

/** Organization roles, most to least powerful. */
export const ROLES = ["owner", "admin", "manager", "member"] as const;
export type Role = (typeof ROLES)[number];
