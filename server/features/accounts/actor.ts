/** Who is making a request. Policies decide from this and the resource, never from raw headers. */
export type Actor =
  | { kind: "anonymous" }
  | { kind: "user"; userId: string; email: string; name: string; emailVerified: boolean };

export const ANONYMOUS: Actor = { kind: "anonymous" };
export type UserActor = Extract<Actor, { kind: "user" }>;
