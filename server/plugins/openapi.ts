import swagger from "@fastify/swagger";
import swaggerUi from "@fastify/swagger-ui";
import type { FastifyInstance } from "fastify";
import { jsonSchemaTransform } from "fastify-type-provider-zod";

/** OpenAPI 3.1 generated from the route schemas, at /api/openapi.json, with a reference page at /api/docs. */
export async function registerOpenApi(app: FastifyInstance, baseUrl: string): Promise<void> {
  await app.register(swagger, {
    openapi: {
      openapi: "3.1.0",
      info: {
        title: "Alliance API",
        version: "1.0.0",
        description:
          "Tours of duty, alumni for life and a web of mutual links. Errors are `{ error: { code, message, details } }`.",
      },
      servers: [{ url: baseUrl }],
      tags: [
        { name: "accounts", description: "Sign up, sign in, email confirmation and password reset" },
        { name: "people", description: "Profiles and who may see each field" },
        { name: "organizations", description: "Organizations, members, roles and invitations" },
        {
          name: "tours",
          description: "Tours of duty: drafting, proposing, signing, amendments and the end-of-tour outcome",
        },
        {
          name: "affiliations",
          description: "A person's history with organizations, departures and the alumni network",
        },
        { name: "alumni", description: "The alumni network: tiers, removal and the alumni area" },
        {
          name: "alignment",
          description: "Values catalog, the admired-people exercise and person–organization alignment",
        },
        { name: "check-ins", description: "Check-ins on tours, and the My alliance dashboard" },
        { name: "calendar", description: "A personal iCalendar feed of check-ins and tour milestones" },
        { name: "notifications", description: "In-app notifications and which ones also arrive by email" },
        { name: "health", description: "Liveness of the app and its database" },
        { name: "dev", description: "Development helpers, absent in production" },
      ],
      components: {
        securitySchemes: { session: { type: "apiKey", in: "cookie", name: "alliance.session_token" } },
      },
    },
    transform: jsonSchemaTransform,
  });
  await app.register(swaggerUi, { routePrefix: "/api/docs", staticCSP: true });
  app.get("/api/openapi.json", { config: { access: "public" }, schema: { hide: true } }, async () =>
    app.swagger(),
  );
}
