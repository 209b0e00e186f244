import type { FastifyInstance } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { z } from "zod";
import { page, pageQuery } from "../../../shared/common/schemas.ts";
import {
  acceptInvitationBody,
  changeRoleBody,
  createInvitationBody,
  createOrgBody,
  invitation,
  invitationParams,
  member,
  memberParams,
  org,
  slugParam,
  updateOrgBody,
} from "../../../shared/organizations/schemas.ts";
import { errors } from "../../http.ts";
import { requireUser } from "../../plugins/actor.ts";
import type { InvitationsService } from "./invitations.service.ts";
import type { OrganizationsService } from "./organizations.service.ts";

const tags = ["organizations"];

export function registerOrganizationRoutes(
  app: FastifyInstance,
  orgs: OrganizationsService,
  invites: InvitationsService,
): void {
  const r = app.withTypeProvider<ZodTypeProvider>();

  r.get(
    "/api/v1/orgs",
    {
      config: { access: "user" },
      schema: {
        summary: "Organizations I belong to",
        tags,
        querystring: pageQuery,
        response: { 200: page(org), ...errors(400, 401) },
      },
    },
    async (request) => orgs.listMine(await requireUser(request), request.query.cursor, request.query.limit),
  );

  r.post(
    "/api/v1/orgs",
    {
      config: { access: "user" },
      schema: {
        summary: "Create an organization",
        description: "The creator becomes its owner.",
        tags,
        body: createOrgBody,
        response: { 201: org, ...errors(400, 401, 409) },
      },
    },
    async (request, reply) =>
      reply.status(201).send(await orgs.create(await requireUser(request), request.body)),
  );

  r.get(
    "/api/v1/orgs/:slug",
    {
      config: { access: "user" },
      schema: {
        summary: "An organization's profile",
        tags,
        params: slugParam,
        response: { 200: org, ...errors(401, 404) },
      },
    },
    async (request) => orgs.get(await request.actor(), request.params.slug),
  );

  r.patch(
    "/api/v1/orgs/:slug",
    {
      config: { access: "user" },
      schema: {
        summary: "Update an organization's profile",
        description: "Owners and admins.",
        tags,
        params: slugParam,
        body: updateOrgBody,
        response: { 200: org, ...errors(400, 401, 403, 404, 409) },
      },
    },
    async (request) => orgs.update(await requireUser(request), request.params.slug, request.body),
  );

  r.get(
    "/api/v1/orgs/:slug/members",
    {
      config: { access: "user" },
      schema: {
        summary: "Active members",
        description: "Members only. Email addresses are included for owners and admins.",
        tags,
        params: slugParam,
        querystring: pageQuery,
        response: { 200: page(member), ...errors(400, 401, 403, 404) },
      },
    },
    async (request) =>
      orgs.listMembers(
        await requireUser(request),
        request.params.slug,
        request.query.cursor,
        request.query.limit,
      ),
  );

  r.patch(
    "/api/v1/orgs/:slug/members/:userId",
    {
      config: { access: "user" },
      schema: {
        summary: "Change a member's role",
        description: "Admins manage roles; only owners grant or remove ownership.",
        tags,
        params: memberParams,
        body: changeRoleBody,
        response: { 200: member, ...errors(400, 401, 403, 404, 409) },
      },
    },
    async (request) =>
      orgs.changeRole(
        await requireUser(request),
        request.params.slug,
        request.params.userId,
        request.body.role,
      ),
  );

  r.delete(
    "/api/v1/orgs/:slug/members/:userId",
    {
      config: { access: "user" },
      schema: {
        summary: "Remove a member, or leave",
        description: "Access ends with the next request. The last owner cannot leave.",
        tags,
        params: memberParams,
        response: { 204: z.undefined(), ...errors(401, 403, 404, 409) },
      },
    },
    async (request, reply) => {
      await orgs.removeMember(await requireUser(request), request.params.slug, request.params.userId);
      return reply.status(204).send();
    },
  );

  r.get(
    "/api/v1/orgs/:slug/invitations",
    {
      config: { access: "user" },
      schema: {
        summary: "Invitations of an organization",
        description: "Owners and admins.",
        tags,
        params: slugParam,
        querystring: pageQuery,
        response: { 200: page(invitation), ...errors(400, 401, 403, 404) },
      },
    },
    async (request) =>
      invites.list(
        await requireUser(request),
        request.params.slug,
        request.query.cursor,
        request.query.limit,
      ),
  );

  r.post(
    "/api/v1/orgs/:slug/invitations",
    {
      config: { access: "user" },
      schema: {
        summary: "Invite someone by email",
        description:
          "Single-use, bound to the address, expires after 7 days. Replaces a pending invitation to the same address.",
        tags,
        params: slugParam,
        body: createInvitationBody,
        response: { 201: invitation, ...errors(400, 401, 403, 404, 409) },
      },
    },
    async (request, reply) =>
      reply
        .status(201)
        .send(
          await invites.create(
            await requireUser(request),
            request.params.slug,
            request.body.email,
            request.body.role,
          ),
        ),
  );

  r.delete(
    "/api/v1/orgs/:slug/invitations/:invitationId",
    {
      config: { access: "user" },
      schema: {
        summary: "Revoke an invitation",
        tags,
        params: invitationParams,
        response: { 204: z.undefined(), ...errors(401, 403, 404, 409) },
      },
    },
    async (request, reply) => {
      await invites.revoke(await requireUser(request), request.params.slug, request.params.invitationId);
      return reply.status(204).send();
    },
  );

  r.post(
    "/api/v1/invitations/accept",
    {
      config: { access: "user" },
      schema: {
        summary: "Accept an invitation",
        description:
          "The signed-in account's email must be the invited one. Every unusable invitation gets the same 400.",
        tags,
        body: acceptInvitationBody,
        response: { 200: org, ...errors(400, 401) },
      },
    },
    async (request) => invites.accept(await requireUser(request), request.body.token),
  );
}
