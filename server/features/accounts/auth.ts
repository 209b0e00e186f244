import { betterAuth } from "better-auth";
import { drizzleAdapter } from "better-auth/adapters/drizzle";
import type { Database } from "../../db/client.ts";
import { existingAccountMail, resetPasswordMail, verifyEmailMail } from "../mail/mail.templates.ts";
import type { Mailer } from "../mail/mailer.ts";
import { createProfileFor } from "../people/people.repo.ts";
import { accounts, sessions, users, verifications } from "./accounts.tables.ts";

export interface AuthDeps {
  db: Database;
  mailer: Mailer;
  secret: string;
  baseUrl: string;
  trustedOrigins: string[];
}

/**
 * better-auth owns passwords (scrypt), sessions and single-use tokens. Its own HTTP handler is not mounted:
 * our /api/v1/auth routes call `auth.api` so every endpoint shares one validation, error and CSRF model.
 * Emailed links point at web pages, which post the token back to the API.
 */
export function createAuth({ db, mailer, secret, baseUrl, trustedOrigins }: AuthDeps) {
  return betterAuth({
    appName: "Alliance",
    baseURL: baseUrl,
    secret,
    trustedOrigins,
    database: drizzleAdapter(db, {
      provider: "pg",
      schema: { user: users, session: sessions, account: accounts, verification: verifications },
    }),
    emailAndPassword: {
      enabled: true,
      minPasswordLength: 10,
      maxPasswordLength: 128,
      // No session until the email is confirmed; also makes sign-up answer identically for known emails.
      requireEmailVerification: true,
      autoSignIn: false,
      revokeSessionsOnPasswordReset: true,
      resetPasswordTokenExpiresIn: 60 * 60,
      sendResetPassword: async ({ user, token }) => {
        await mailer.send(
          resetPasswordMail(user.email, `${baseUrl}/reset-password?token=${encodeURIComponent(token)}`),
        );
      },
      onExistingUserSignUp: async ({ user }) => {
        await mailer.send(existingAccountMail(user.email, `${baseUrl}/forgot-password`));
      },
    },
    emailVerification: {
      sendOnSignUp: true,
      sendOnSignIn: true,
      autoSignInAfterVerification: true,
      expiresIn: 24 * 60 * 60,
      sendVerificationEmail: async ({ user, token }) => {
        await mailer.send(
          verifyEmailMail(user.email, `${baseUrl}/verify-email?token=${encodeURIComponent(token)}`),
        );
      },
    },
    session: { expiresIn: 60 * 60 * 24 * 30, updateAge: 60 * 60 * 24 },
    // Our own limiter guards sign-in per IP and per account (see login-limiter.ts).
    rateLimit: { enabled: false },
    advanced: {
      cookiePrefix: "alliance",
      useSecureCookies: baseUrl.startsWith("https://"),
      defaultCookieAttributes: { httpOnly: true, sameSite: "lax", path: "/" },
    },
    databaseHooks: {
      user: {
        create: {
          // Every account is a person with a profile from the first moment.
          after: async (user) => {
            await createProfileFor(db, user.id, user.name);
          },
        },
      },
    },
    telemetry: { enabled: false },
    logger: { level: "error" },
  });
}

export type Auth = ReturnType<typeof createAuth>;
