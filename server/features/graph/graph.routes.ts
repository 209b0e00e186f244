import type { FastifyInstance } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { idParam } from "../../../shared/common/schemas.ts";
import {
  degreesQuery,
  degreesResponse,
  howConnectedResponse,
  introducersQuery,
  introducersResponse,
  organizationSearchQuery,
  organizationSearchResponse,
} from "../../../shared/graph/schemas.ts";
import type { Clock } from "../../clock.ts";
import type { Database } from "../../db/client.ts";
import { errors } from "../../http.ts";
import { requireUser } from "../../plugins/actor.ts";
import { createGraphQueries } from "./graph.queries.ts";
import { searchOrganizations } from "./graph.repo.ts";
import type { GraphService } from "./graph-service.ts";

const tags = ["network"];

export interface GraphRouteDeps {
  db: Database;
  graph: GraphService;
  clock: Clock;
}

// Every answer is computed for the signed-in viewer alone: the service routes paths only through people
// whose connection lists the viewer may see, and blocked people vanish (decision 0010).
export function registerGraphRoutes(app: FastifyInstance, deps: GraphRouteDeps): void {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const q = createGraphQueries(deps);

  r.get(
    "/api/v1/network/degrees",
    {
      config: { access: "user" },
      schema: {
        summary: "Degree badges for many people at once",
        description: "1st, 2nd or 3rd degree from the caller, or null beyond. For badges on a list.",
        tags,
        querystring: degreesQuery,
        response: { 200: degreesResponse, ...errors(400, 401) },
      },
    },
    async (request) => q.degrees((await requireUser(request)).userId, request.query.ids),
  );

  r.get(
    "/api/v1/people/:id/how-connected",
    {
      config: { access: "user" },
      schema: {
        summary: "How you're connected to a person",
        description: "The fewest-hops and the warmest paths, through people whose connections you may see.",
        tags,
        params: idParam,
        response: { 200: howConnectedResponse, ...errors(401, 404) },
      },
    },
    async (request) => q.howConnected((await requireUser(request)).userId, request.params.id),
  );

  r.get(
    "/api/v1/network/introducers",
    {
      config: { access: "user" },
      schema: {
        summary: "Who in my network can introduce me",
        description:
          "People within two hops who are or were at an organization (orgId), or who list a skill you may see (skill), warmest path first.",
        tags,
        querystring: introducersQuery,
        response: { 200: introducersResponse, ...errors(400, 401, 404) },
      },
    },
    async (request) => {
      const viewer = (await requireUser(request)).userId;
      const { orgId, skill, limit } = request.query;
      return orgId
        ? q.introducersToOrg(viewer, orgId, limit)
        : q.introducersWithSkill(viewer, skill ?? "", limit);
    },
  );

  r.get(
    "/api/v1/network/organizations",
    {
      config: { access: "user" },
      schema: {
        summary: "Find an organization to be introduced to",
        tags,
        querystring: organizationSearchQuery,
        response: { 200: organizationSearchResponse, ...errors(400, 401) },
      },
    },
    async (request) => {
      await requireUser(request);
      return { items: await searchOrganizations(deps.db, request.query.q, request.query.limit) };
    },
  );
}
