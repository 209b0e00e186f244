import { sql } from "drizzle-orm";
import type { FastifyInstance } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { z } from "zod";
import type { Database } from "../../db/client.ts";

const health = z.object({
  status: z.enum(["ok", "degraded"]),
  database: z.object({ status: z.enum(["up", "down"]), latencyMs: z.number().optional() }),
});

/** Public by policy: load balancers and people ask whether the app and its database are up. */
export function registerHealthRoutes(app: FastifyInstance, db: Database): void {
  app.withTypeProvider<ZodTypeProvider>().get(
    "/api/health",
    {
      config: { access: "public" },
      schema: {
        summary: "Is the app and its database up",
        tags: ["health"],
        response: { 200: health, 503: health },
      },
    },
    async (_request, reply) => {
      const started = performance.now();
      try {
        await db.execute(sql`select 1`);
        const latencyMs = Math.round((performance.now() - started) * 10) / 10;
        return { status: "ok" as const, database: { status: "up" as const, latencyMs } };
      } catch {
        return reply.status(503).send({ status: "degraded", database: { status: "down" } });
      }
    },
  );
}
