import Fastify, { type FastifyInstance } from "fastify";
import { serializerCompiler, validatorCompiler } from "fastify-type-provider-zod";
import type { Config } from "./config.ts";
import type { Database } from "./db/client.ts";
import { registerAccountRoutes } from "./features/accounts/accounts.routes.ts";
import { createAccountsService } from "./features/accounts/accounts.service.ts";
import { createAuth } from "./features/accounts/auth.ts";
import { createLoginLimiter } from "./features/accounts/login-limiter.ts";
import { registerAffiliationRoutes } from "./features/affiliations/affiliations.routes.ts";
import { createAffiliationsService } from "./features/affiliations/affiliations.service.ts";
import { registerAlignmentRoutes } from "./features/alignment/alignment.routes.ts";
import { registerAlumniRoutes } from "./features/alumni/alumni.routes.ts";
import { createAlumniService } from "./features/alumni/alumni.service.ts";
import { registerCalendarRoutes } from "./features/calendar/calendar.routes.ts";
import { registerCheckInRoutes } from "./features/checkins/checkins.routes.ts";
import { registerConnectionRoutes } from "./features/connections/connections.routes.ts";
import { registerGraphRoutes } from "./features/graph/graph.routes.ts";
import { GraphService } from "./features/graph/graph-service.ts";
import { registerHealthRoutes } from "./features/health/health.routes.ts";
import { registerIntroductionRoutes } from "./features/introductions/introductions.routes.ts";
import { registerMailboxRoutes } from "./features/mail/mailbox.routes.ts";
import type { Mailer } from "./features/mail/mailer.ts";
import { registerNotificationRoutes } from "./features/notifications/notifications.routes.ts";
import { createInvitationsService } from "./features/organizations/invitations.service.ts";
import { registerOrganizationRoutes } from "./features/organizations/organizations.routes.ts";
import { createOrganizationsService } from "./features/organizations/organizations.service.ts";
import { registerPayForwardRoutes } from "./features/pay-forward/pay-forward.routes.ts";
import { registerPeopleRoutes } from "./features/people/people.routes.ts";
import { createPeopleService } from "./features/people/people.service.ts";
import { registerPostRoutes } from "./features/posts/posts.routes.ts";
import { registerTourRoutes } from "./features/tours/tours.routes.ts";
import { registerAccessControl } from "./plugins/access.ts";
import { registerActor } from "./plugins/actor.ts";
import { registerCsrfCheck } from "./plugins/csrf.ts";
import { registerErrorHandler, simple } from "./plugins/error-handler.ts";
import { registerOpenApi } from "./plugins/openapi.ts";
import { registerSecurityHeaders } from "./plugins/security-headers.ts";
import { isSpaRequest, registerWebApp } from "./plugins/web.ts";

export interface AppDeps {
  db: Database;
  mailer: Mailer;
  secret: string;
  /** Injected so tests can move time (invitation expiry) without waiting. */
  clock?: () => Date;
  /** Folder of the built web app; omitted in API-only tests. */
  webDir?: string;
  /** Whether /dev/mailbox is served (development without SMTP). */
  devMailbox?: boolean;
  /** Extra origins trusted for CSRF checks, e.g. the Vite dev server. */
  extraOrigins?: string[];
  logger?: boolean | object;
  /** The people graph; started here (and stopped on close) when not given. */
  graph?: GraphService;
}

/** Builds the whole app without listening, so tests drive it with inject() and main.ts serves it. */
export async function buildApp(config: Config, deps: AppDeps): Promise<FastifyInstance> {
  const app = Fastify({
    logger: deps.logger ?? { level: config.logLevel },
    trustProxy: config.trustProxy,
    bodyLimit: 256 * 1024,
    genReqId: () => crypto.randomUUID(),
  });
  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);
  registerErrorHandler(app);

  const clock = deps.clock ?? (() => new Date());
  const trustedOrigins = [config.baseUrl, ...(deps.extraOrigins ?? [])];
  const auth = createAuth({
    db: deps.db,
    mailer: deps.mailer,
    secret: deps.secret,
    baseUrl: config.baseUrl,
    trustedOrigins,
  });
  registerActor(app, auth);
  registerAccessControl(app);
  registerCsrfCheck(app, trustedOrigins);
  registerSecurityHeaders(app);

  await registerOpenApi(app, config.baseUrl);

  const accounts = createAccountsService({ auth, limiter: createLoginLimiter(config.loginLimits) });
  const people = createPeopleService({ db: deps.db, clock });
  const orgs = createOrganizationsService({ db: deps.db, clock });
  const invites = createInvitationsService({
    db: deps.db,
    mailer: deps.mailer,
    orgs,
    baseUrl: config.baseUrl,
    clock,
  });

  const graph =
    deps.graph ??
    (await GraphService.start({
      db: deps.db,
      pool: deps.db.$client,
      clock,
      log: (message) => app.log.info(message),
    }));
  if (!deps.graph) app.addHook("onClose", () => graph.stop());

  registerHealthRoutes(app, deps.db);
  registerAccountRoutes(app, accounts);
  registerPeopleRoutes(app, people);
  registerGraphRoutes(app, { db: deps.db, graph, clock });
  registerConnectionRoutes(app, { db: deps.db, graph, clock });
  registerIntroductionRoutes(app, { db: deps.db, graph, clock });
  registerPayForwardRoutes(app, { db: deps.db, clock });
  registerPostRoutes(app, { db: deps.db, clock });
  registerOrganizationRoutes(app, orgs, invites);
  registerNotificationRoutes(app, { db: deps.db, clock });
  registerTourRoutes(app, { db: deps.db, clock });
  registerAlignmentRoutes(app, { db: deps.db, clock });
  registerCheckInRoutes(app, { db: deps.db, clock });
  registerCalendarRoutes(app, { db: deps.db, clock, baseUrl: config.baseUrl });
  registerAffiliationRoutes(app, createAffiliationsService({ db: deps.db, clock, orgs }));
  registerAlumniRoutes(app, createAlumniService({ db: deps.db, clock, orgs }));
  if (deps.devMailbox) registerMailboxRoutes(app, deps.db);

  const hasWeb = deps.webDir ? await registerWebApp(app, deps.webDir) : false;
  app.setNotFoundHandler((request, reply) => {
    if (hasWeb && isSpaRequest(request.method, request.url, request.headers.accept)) {
      return reply.sendFile("index.html");
    }
    return reply
      .status(404)
      .send(simple("NOT_FOUND", `No route for ${request.method} ${request.url.split("?")[0]}.`));
  });
  return app;
}
