import type { FastifyInstance } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { z } from "zod";
import { page } from "../../../shared/common/schemas.ts";
import { slugParam } from "../../../shared/organizations/schemas.ts";
import {
  amendTourBody,
  completeTourBody,
  createTourBody,
  endEarlyBody,
  tour,
  tourIdParam,
  tourListQuery,
  tourSummary,
  tourVersion,
  tourVersionParams,
  updateTourBody,
  versionDiff,
  versioned,
} from "../../../shared/tours/schemas.ts";
import { errors } from "../../http.ts";
import { requireUser } from "../../plugins/actor.ts";
import { proposeAmendment, withdrawAmendment } from "./operations/amend.ts";
import type { TourDeps } from "./operations/command.ts";
import { createTour } from "./operations/create-tour.ts";
import { completeTour, endTourEarly } from "./operations/end-tour.ts";
import { editTour, proposeTour, withdrawProposal } from "./operations/propose.ts";
import { signTour } from "./operations/sign.ts";
import { createToursReader } from "./tours.service.ts";

const tags = ["tours"];
const user = { access: "user" as const };
const commandErrors = errors(400, 401, 403, 404, 409);

export function registerTourRoutes(app: FastifyInstance, deps: TourDeps): void {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const reader = createToursReader(deps);

  r.post(
    "/api/v1/orgs/:slug/tours",
    {
      config: user,
      schema: {
        summary: "Draft a tour of duty",
        description:
          "Managers and admins draft for any member (and become sponsor by default); a member drafts their own.",
        tags,
        params: slugParam,
        body: createTourBody,
        response: { 201: tour, ...errors(400, 401, 403, 404) },
      },
    },
    async (request, reply) => {
      const actor = await requireUser(request);
      const created = await createTour(deps, actor, request.params.slug, request.body);
      return reply.status(201).send(await reader.get(actor, created.id));
    },
  );

  r.get(
    "/api/v1/orgs/:slug/tours",
    {
      config: user,
      schema: {
        summary: "Tours of an organization",
        description:
          "All tours for owners and admins; otherwise the tours where the caller is the person or the sponsor.",
        tags,
        params: slugParam,
        querystring: tourListQuery,
        response: { 200: page(tourSummary), ...errors(400, 401, 404) },
      },
    },
    async (request) => reader.list(await requireUser(request), request.params.slug, request.query),
  );

  r.get(
    "/api/v1/tours/:id",
    {
      config: user,
      schema: {
        summary: "A tour of duty",
        description:
          "Visible to its person, its sponsor and the organization's admins; 404 for everyone else.",
        tags,
        params: tourIdParam,
        response: { 200: tour, ...errors(400, 401, 404) },
      },
    },
    async (request) => reader.get(await requireUser(request), request.params.id),
  );

  r.get(
    "/api/v1/tours/:id/versions",
    {
      config: user,
      schema: {
        summary: "Agreed and pending versions of a tour, with signatures",
        tags,
        params: tourIdParam,
        response: { 200: z.object({ items: z.array(tourVersion) }), ...errors(400, 401, 404) },
      },
    },
    async (request) => reader.versions(await requireUser(request), request.params.id),
  );

  r.get(
    "/api/v1/tours/:id/versions/:version/diff",
    {
      config: user,
      schema: {
        summary: "What a version changed from the agreed version before it",
        tags,
        params: tourVersionParams,
        response: { 200: versionDiff, ...errors(400, 401, 404) },
      },
    },
    async (request) => reader.diff(await requireUser(request), request.params.id, request.params.version),
  );

  // Commands: each takes the `version` the caller last read and answers with the tour as it now is.
  const command = <B extends z.ZodTypeAny>(
    path: string,
    summary: string,
    description: string,
    body: B,
    run: (actor: Awaited<ReturnType<typeof requireUser>>, id: string, body: z.infer<B>) => Promise<unknown>,
  ) =>
    r.post(
      `/api/v1/tours/:id/${path}`,
      {
        config: user,
        schema: {
          summary,
          description,
          tags,
          params: tourIdParam,
          body,
          response: { 200: tour, ...commandErrors },
        },
      },
      async (request) => {
        const actor = await requireUser(request);
        await run(actor, request.params.id, request.body as z.infer<B>);
        return reader.get(actor, request.params.id);
      },
    );

  r.patch(
    "/api/v1/tours/:id",
    {
      config: user,
      schema: {
        summary: "Edit a draft or proposed tour",
        description: "Editing a proposal clears its signatures. Agreed tours change only by amendment.",
        tags,
        params: tourIdParam,
        body: updateTourBody,
        response: { 200: tour, ...commandErrors },
      },
    },
    async (request) => {
      const actor = await requireUser(request);
      await editTour(deps, actor, request.params.id, request.body.version, request.body.terms);
      return reader.get(actor, request.params.id);
    },
  );

  command(
    "propose",
    "Propose the draft",
    "Either side. Version 1 waits for both signatures.",
    versioned,
    (a, id, b) => proposeTour(deps, a, id, b.version),
  );
  command(
    "withdraw",
    "Withdraw a proposal back to draft",
    "Either side; signatures are discarded.",
    versioned,
    (a, id, b) => withdrawProposal(deps, a, id, b.version),
  );
  command(
    "sign",
    "Sign the pending version for your side",
    "The person signs for themself; the sponsor or an admin for the company. Both signatures freeze the version.",
    versioned,
    (a, id, b) => signTour(deps, a, id, b.version),
  );
  command(
    "amendments",
    "Propose an amendment to agreed terms",
    "Becomes the next frozen version once both sides sign. One at a time.",
    amendTourBody,
    (a, id, b) => proposeAmendment(deps, a, id, b.version, b.terms, b.summary),
  );
  command(
    "amendments/withdraw",
    "Withdraw the pending amendment",
    "The agreed text stays in force.",
    versioned,
    (a, id, b) => withdrawAmendment(deps, a, id, b.version),
  );
  command("end-early", "End the tour early", "Either side, with a reason.", endEarlyBody, (a, id, b) =>
    endTourEarly(deps, a, id, b.version, b.reason),
  );
  command(
    "complete",
    "Record the end-of-tour outcome",
    "The company side. `next_tour` drafts a linked tour; `leaving_on_good_terms` records the departure.",
    completeTourBody,
    (a, id, b) => completeTour(deps, a, id, b.version, b),
  );
}
