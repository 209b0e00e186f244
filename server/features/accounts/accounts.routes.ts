import type { FastifyInstance } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { z } from "zod";
import {
  acceptedResponse,
  emailOnlyBody,
  resetPasswordBody,
  sessionResponse,
  signInBody,
  signUpBody,
  tokenBody,
} from "../../../shared/accounts/schemas.ts";
import { errors, requestContext, setCookies } from "../../http.ts";
import { requireUser } from "../../plugins/actor.ts";
import type { AccountsService } from "./accounts.service.ts";

const tags = ["accounts"];

/** Public by policy: these routes exist for people who are not signed in yet (sign-out needs no session). */
export function registerAccountRoutes(app: FastifyInstance, accounts: AccountsService): void {
  const r = app.withTypeProvider<ZodTypeProvider>();

  r.post(
    "/api/v1/auth/sign-up",
    {
      config: { access: "public" },
      schema: {
        summary: "Create an account",
        description:
          "Always answers 202, whether or not the email already has an account. A confirmation email follows.",
        tags,
        body: signUpBody,
        response: { 202: acceptedResponse, ...errors(400) },
      },
    },
    async (request, reply) => {
      const message = await accounts.signUp(request.body, requestContext(request));
      return reply.status(202).send({ status: "accepted", message });
    },
  );

  r.post(
    "/api/v1/auth/verify-email",
    {
      config: { access: "public" },
      schema: {
        summary: "Confirm an email address",
        description: "Takes the token from the emailed link and signs the person in.",
        tags,
        body: tokenBody,
        response: { 200: sessionResponse, ...errors(400) },
      },
    },
    async (request, reply) => {
      const { value, cookies } = await accounts.verifyEmail(request.body.token, requestContext(request));
      setCookies(reply, cookies);
      return { user: value };
    },
  );

  r.post(
    "/api/v1/auth/resend-verification",
    {
      config: { access: "public" },
      schema: {
        summary: "Send the confirmation email again",
        tags,
        body: emailOnlyBody,
        response: { 202: acceptedResponse, ...errors(400) },
      },
    },
    async (request, reply) => {
      const message = await accounts.resendVerification(request.body.email, requestContext(request));
      return reply.status(202).send({ status: "accepted", message });
    },
  );

  r.post(
    "/api/v1/auth/sign-in",
    {
      config: { access: "public" },
      schema: {
        summary: "Sign in with email and password",
        description:
          "Sets an HttpOnly, SameSite=Lax session cookie. Rate-limited per IP and per account (429 with Retry-After).",
        tags,
        body: signInBody,
        response: { 200: sessionResponse, ...errors(400, 401, 403, 429) },
      },
    },
    async (request, reply) => {
      const { value, cookies } = await accounts.signIn(request.body, requestContext(request));
      setCookies(reply, cookies);
      return { user: value };
    },
  );

  r.post(
    "/api/v1/auth/sign-out",
    { config: { access: "public" }, schema: { summary: "Sign out", tags, response: { 204: z.undefined() } } },
    async (request, reply) => {
      setCookies(reply, await accounts.signOut(requestContext(request)));
      return reply.status(204).send();
    },
  );

  r.post(
    "/api/v1/auth/request-password-reset",
    {
      config: { access: "public" },
      schema: {
        summary: "Email a password reset link",
        description: "Always answers 202. The link works once and expires in one hour.",
        tags,
        body: emailOnlyBody,
        response: { 202: acceptedResponse, ...errors(400) },
      },
    },
    async (request, reply) => {
      const message = await accounts.requestPasswordReset(request.body.email, requestContext(request));
      return reply.status(202).send({ status: "accepted", message });
    },
  );

  r.post(
    "/api/v1/auth/reset-password",
    {
      config: { access: "public" },
      schema: {
        summary: "Choose a new password with a reset token",
        description: "Signs out every session of the account.",
        tags,
        body: resetPasswordBody,
        response: { 204: z.undefined(), ...errors(400) },
      },
    },
    async (request, reply) => {
      await accounts.resetPassword(request.body.token, request.body.password, requestContext(request));
      return reply.status(204).send();
    },
  );

  r.get(
    "/api/v1/auth/session",
    {
      config: { access: "user" },
      schema: { summary: "The signed-in account", tags, response: { 200: sessionResponse, ...errors(401) } },
    },
    async (request) => {
      const actor = await requireUser(request);
      return {
        user: { id: actor.userId, email: actor.email, name: actor.name, emailVerified: actor.emailVerified },
      };
    },
  );
}
