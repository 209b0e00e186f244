import type {
  ConnectionPath,
  HowConnectedResponse,
  Introducer,
  PersonRef,
} from "../../../shared/graph/schemas.ts";
import type { Clock } from "../../clock.ts";
import { isoDay } from "../../clock.ts";
import type { Database } from "../../db/client.ts";
import { AppError } from "../../errors.ts";
import { displayNames, organizationExists, withVisibleSkill } from "./graph.repo.ts";
import type { GraphService, IntroducerFound, PersonPath } from "./graph-service.ts";

/** Candidates scanned for a skill: the cheapest this many people within two hops. */
const SKILL_CANDIDATES = 2000;

/** The graph's answers for one signed-in viewer, with names attached. Privacy is applied by the service. */
export function createGraphQueries(deps: { db: Database; graph: GraphService; clock: Clock }) {
  const { db, graph, clock } = deps;

  const refs = async (ids: Iterable<string>) => {
    const names = await displayNames(db, [...new Set(ids)]);
    return (id: string): PersonRef => ({ id, displayName: names.get(id) ?? "" });
  };

  const introducers = async (found: IntroducerFound[]): Promise<Introducer[]> => {
    const ref = await refs(found.flatMap((f) => f.path));
    return found.map((f) => ({
      person: ref(f.personId),
      via: f.hops === 2 ? ref(f.path[1] as string) : null,
      hops: f.hops,
      current: f.current,
      lastYear: f.lastYear,
      path: f.path,
    }));
  };

  return {
    async degrees(viewerId: string, ids: string[]) {
      const found = await graph.degrees(viewerId, ids);
      return { degrees: Object.fromEntries(found) };
    },

    async howConnected(viewerId: string, personId: string): Promise<HowConnectedResponse> {
      // A blocked person vanishes: asked about, they are as unknown as a wrong id.
      if (!(await graph.canAskAbout(viewerId, personId)))
        throw new AppError("PERSON_NOT_FOUND", "Person not found.");
      const [{ shortest, best }, degrees] = await Promise.all([
        graph.paths(viewerId, personId),
        graph.degrees(viewerId, [personId]),
      ]);
      const ref = await refs([...(shortest?.people ?? []), ...(best?.people ?? [])]);
      const view = (p: PersonPath, fewestHops: boolean, warmest: boolean): ConnectionPath => ({
        hops: p.hops,
        people: p.people.map(ref),
        fewestHops,
        warmest,
      });
      // When the warmest path needs no more introductions than the fewest-hops one, it is both.
      const paths: ConnectionPath[] = [];
      if (shortest && best && best.hops === shortest.hops) paths.push(view(best, true, true));
      else {
        if (shortest) paths.push(view(shortest, true, false));
        if (best) paths.push(view(best, false, true));
      }
      return { degree: degrees.get(personId) ?? null, paths };
    },

    async introducersToOrg(viewerId: string, orgId: string, limit: number) {
      if (!(await organizationExists(db, orgId)))
        throw new AppError("ORG_NOT_FOUND", "Organization not found.");
      return { introducers: await introducers(await graph.introducersToOrg(viewerId, orgId, limit)) };
    },

    async introducersWithSkill(viewerId: string, skill: string, limit: number) {
      const near = await graph.withinTwoHops(viewerId, SKILL_CANDIDATES);
      const matching = await withVisibleSkill(
        db,
        viewerId,
        near.map((n) => n.personId),
        skill,
        isoDay(clock()),
      );
      return { introducers: await introducers(near.filter((n) => matching.has(n.personId)).slice(0, limit)) };
    },
  };
}
