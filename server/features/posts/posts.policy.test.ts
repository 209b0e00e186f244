import { describe, expect, it } from "vitest";
import type { Role } from "../../../shared/organizations/schemas.ts";
import { userActor } from "../../test/actors.ts";
import { type Actor, ANONYMOUS } from "../accounts/actor.ts";
import type { Standing } from "../organizations/standing.ts";
import {
  canDeletePost,
  canEditPost,
  canPostTo,
  canReadPost,
  canReplyToPost,
  canThankPost,
  type PostAudienceFacts,
  type ReaderFacts,
} from "./posts.policy.ts";

// One small world, seen by every kind of actor. Ann writes posts addressed to Acme (her organization) or
// to her connections or the public. Around Acme: mel a member, mgr a manager, adm an admin, own an owner,
// alf an alumnus (plain tier), dee a distinguished alumnus, rex removed, fay a former member (left
// without good standing). cora is Ann's connection and nothing at Acme; otto a member of another
// organization only; stan a stranger.
const user = userActor;

const AUTHOR = "ann";
const ACME = "acme";
interface AcmeRelation {
  standing: Standing;
  role: Role;
  tier?: "alumni" | "distinguished";
}
const atAcme: Record<string, AcmeRelation> = {
  ann: { standing: "member", role: "member" },
  mel: { standing: "member", role: "member" },
  mgr: { standing: "member", role: "manager" },
  adm: { standing: "member", role: "admin" },
  own: { standing: "member", role: "owner" },
  alf: { standing: "alumnus", role: "member", tier: "alumni" },
  dee: { standing: "alumnus", role: "member", tier: "distinguished" },
  rex: { standing: "removed", role: "admin" },
  fay: { standing: "former", role: "admin", tier: "distinguished" },
};
const connectedToAuthor = new Set(["cora"]);

const actors: [string, Actor][] = [
  ["anonymous", ANONYMOUS],
  ["a stranger", user("stan")],
  ["the author's connection", user("cora")],
  ["a member", user("mel")],
  ["a manager", user("mgr")],
  ["an admin", user("adm")],
  ["an owner", user("own")],
  ["an alumnus", user("alf")],
  ["a distinguished alumnus", user("dee")],
  ["a removed member (was admin)", user("rex")],
  ["a former member (was admin)", user("fay")],
  ["another organization's member", user("otto")],
  ["the author", user(AUTHOR)],
];

const id = (a: Actor) => (a.kind === "user" ? a.userId : "");
/** The reader's facts about a post, as the repository loads them. */
function readerOf(a: Actor, post: PostAudienceFacts): ReaderFacts {
  const rel = post.orgId === ACME ? atAcme[id(a)] : undefined;
  return {
    connectedToAuthor: connectedToAuthor.has(id(a)),
    orgStanding: rel?.standing ?? null,
    alumniTier: rel?.tier ?? null,
    role: rel?.role ?? null,
  };
}

const postTo = (
  audience: PostAudienceFacts["audience"],
  orgId: string | null = null,
  tier: PostAudienceFacts["tier"] = null,
): PostAudienceFacts => ({ authorId: AUTHOR, audience, orgId, tier });
const POSTS = {
  public: postTo("public"),
  connections: postTo("connections"),
  internal: postTo("org_internal", ACME),
  alumni: postTo("alumni_network", ACME, "all"),
  distinguished: postTo("alumni_network", ACME, "distinguished"),
  otherInternal: postTo("org_internal", "other"),
};

type Check = (a: Actor) => boolean;
const read =
  (p: PostAudienceFacts): Check =>
  (a) =>
    canReadPost(a, p, readerOf(a, p));
const post =
  (p: PostAudienceFacts): Check =>
  (a) =>
    canPostTo(a, p, readerOf(a, p));
const checks: Record<string, Check> = {
  "read a public post": read(POSTS.public),
  "read a connections post": read(POSTS.connections),
  "read an internal post": read(POSTS.internal),
  "read an alumni-network post": read(POSTS.alumni),
  "read a distinguished-alumni post": read(POSTS.distinguished),
  "read the author's post to another organization": read(POSTS.otherInternal),
  "post to the public": post(POSTS.public),
  "post to their connections": post(POSTS.connections),
  "post internally to Acme": post(POSTS.internal),
  "post to Acme's alumni network": post(POSTS.alumni),
  "post to Acme's distinguished alumni": post(POSTS.distinguished),
  "edit the author's post": (a) => canEditPost(a, POSTS.internal),
  "delete a public post": (a) => canDeletePost(a, POSTS.public, readerOf(a, POSTS.public)),
  "delete a connections post": (a) => canDeletePost(a, POSTS.connections, readerOf(a, POSTS.connections)),
  "delete an internal post": (a) => canDeletePost(a, POSTS.internal, readerOf(a, POSTS.internal)),
  "delete an alumni-network post": (a) => canDeletePost(a, POSTS.alumni, readerOf(a, POSTS.alumni)),
  "thank an internal post": (a) => canThankPost(a, POSTS.internal, readerOf(a, POSTS.internal)),
  "thank a public post": (a) => canThankPost(a, POSTS.public, readerOf(a, POSTS.public)),
  "reply to a distinguished-alumni post": (a) =>
    canReplyToPost(a, POSTS.distinguished, readerOf(a, POSTS.distinguished)),
  "reply to a public post": (a) => canReplyToPost(a, POSTS.public, readerOf(a, POSTS.public)),
};

// Columns follow `actors`. Written out so a change of rule shows as a diff of this table.
const Y = true;
const N = false;
const matrix: Record<keyof typeof checks, boolean[]> = {
  // anon, stan, cora, mel, mgr, adm, own, alf, dee, rex, fay, otto, ann
  "read a public post": [Y, Y, Y, Y, Y, Y, Y, Y, Y, Y, Y, Y, Y],
  "read a connections post": [N, N, Y, N, N, N, N, N, N, N, N, N, Y],
  "read an internal post": [N, N, N, Y, Y, Y, Y, N, N, N, N, N, Y],
  "read an alumni-network post": [N, N, N, Y, Y, Y, Y, Y, Y, N, N, N, Y],
  "read a distinguished-alumni post": [N, N, N, Y, Y, Y, Y, N, Y, N, N, N, Y],
  "read the author's post to another organization": [N, N, N, N, N, N, N, N, N, N, N, N, Y],
  "post to the public": [N, Y, Y, Y, Y, Y, Y, Y, Y, Y, Y, Y, Y],
  "post to their connections": [N, Y, Y, Y, Y, Y, Y, Y, Y, Y, Y, Y, Y],
  "post internally to Acme": [N, N, N, Y, Y, Y, Y, N, N, N, N, N, Y],
  "post to Acme's alumni network": [N, N, N, Y, Y, Y, Y, Y, Y, N, N, N, Y],
  "post to Acme's distinguished alumni": [N, N, N, Y, Y, Y, Y, N, Y, N, N, N, Y],
  "edit the author's post": [N, N, N, N, N, N, N, N, N, N, N, N, Y],
  "delete a public post": [N, N, N, N, N, N, N, N, N, N, N, N, Y],
  "delete a connections post": [N, N, N, N, N, N, N, N, N, N, N, N, Y],
  "delete an internal post": [N, N, N, N, N, Y, Y, N, N, N, N, N, Y],
  "delete an alumni-network post": [N, N, N, N, N, Y, Y, N, N, N, N, N, Y],
  "thank an internal post": [N, N, N, Y, Y, Y, Y, N, N, N, N, N, N],
  "thank a public post": [N, Y, Y, Y, Y, Y, Y, Y, Y, Y, Y, Y, N],
  "reply to a distinguished-alumni post": [N, N, N, Y, Y, Y, Y, N, Y, N, N, N, Y],
  "reply to a public post": [N, Y, Y, Y, Y, Y, Y, Y, Y, Y, Y, Y, Y],
};

describe("posts policy", () => {
  for (const [action, row] of Object.entries(matrix)) {
    const check = checks[action] as Check;
    actors.forEach(([name, a], i) => {
      it(`${name} ${row[i] ? "may" : "may not"} ${action}`, () => expect(check(a)).toBe(row[i]));
    });
  }

  it("lets the author read their post after leaving its organization", () => {
    const gone: ReaderFacts = {
      connectedToAuthor: false,
      orgStanding: "former",
      alumniTier: null,
      role: null,
    };
    expect(canReadPost(user(AUTHOR), POSTS.internal, gone)).toBe(true);
  });
});
