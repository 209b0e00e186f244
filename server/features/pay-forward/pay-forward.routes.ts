import type { FastifyInstance } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { payForwardRecord } from "../../../shared/pay-forward/schemas.ts";
import type { Clock } from "../../clock.ts";
import type { Database } from "../../db/client.ts";
import { errors } from "../../http.ts";
import { requireUser } from "../../plugins/actor.ts";
import { createPayForwardService } from "./pay-forward.service.ts";

/** The pay-forward record. Thanks are given through the subject they are for (POST …/introductions/:id/thanks). */
export function registerPayForwardRoutes(app: FastifyInstance, deps: { db: Database; clock: Clock }): void {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const payForward = createPayForwardService(deps);

  r.get(
    "/api/v1/pay-forward/me",
    {
      config: { access: "user" },
      schema: {
        summary: "My pay-forward record",
        description:
          "What I gave (introductions I made as an intermediary that went through) and the thanks I " +
          "received, newest first (100 of each; the counts are totals). Visible to me alone.",
        tags: ["pay-forward"],
        response: { 200: payForwardRecord, ...errors(401) },
      },
    },
    async (request) => payForward.record(await requireUser(request)),
  );
}
