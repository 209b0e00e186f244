import type { Actor } from "../features/accounts/actor.ts";

/** A signed-in actor for policy tests: `userId` names them; the other fields are derived. */
export const userActor = (userId: string): Actor => ({
  kind: "user",
  userId,
  email: `${userId}@x.io`,
  name: userId,
  emailVerified: true,
});
