import type { FastifyInstance } from "fastify";
import type { Clock } from "../../clock.ts";
import type { Database } from "../../db/client.ts";
import type { GraphService } from "../graph/graph-service.ts";

export interface ConnectionRouteDeps {
  db: Database;
  graph: GraphService;
  clock: Clock;
}

export function registerConnectionRoutes(_app: FastifyInstance, _deps: ConnectionRouteDeps): void {}
