import { isAPIError } from "better-auth/api";
import { AppError } from "../../errors.ts";
import type { Auth } from "./auth.ts";
import type { LoginLimiter } from "./login-limiter.ts";

export interface AuthResult<T> {
  value: T;
  /** Set-Cookie headers to pass on to the browser. */
  cookies: string[];
}

interface Ctx {
  headers: Headers;
  ip: string;
}

const ACCEPTED = "If the address can receive mail, a message is on its way. Check your inbox.";

/**
 * Account operations on top of better-auth. Sign-up, resend and reset requests answer the same whether or
 * not the email is known; sign-in failures say only "email or password is wrong".
 */
export function createAccountsService({ auth, limiter }: { auth: Auth; limiter: LoginLimiter }) {
  return {
    async signUp(input: { name: string; email: string; password: string }, ctx: Ctx) {
      await translate(() => auth.api.signUpEmail({ body: input, headers: ctx.headers }));
      return ACCEPTED;
    },

    async signIn(input: { email: string; password: string }, ctx: Ctx): Promise<AuthResult<SessionUserDto>> {
      const wait = limiter.retryAfter(ctx.ip, input.email);
      if (wait !== null) {
        throw new AppError(
          "RATE_LIMITED",
          "Too many sign-in attempts. Try again later.",
          { retryAfterSeconds: wait },
          {
            "retry-after": String(wait),
          },
        );
      }
      try {
        const { headers, response } = await translate(() =>
          auth.api.signInEmail({ body: input, headers: ctx.headers, returnHeaders: true }),
        );
        limiter.record(ctx.ip, input.email, false);
        limiter.reset(input.email);
        return { value: toSessionUser(response.user), cookies: headers.getSetCookie() };
      } catch (err) {
        limiter.record(ctx.ip, input.email, err instanceof AppError && err.code === "INVALID_CREDENTIALS");
        throw err;
      }
    },

    async signOut(ctx: Ctx): Promise<string[]> {
      try {
        const { headers } = await auth.api.signOut({ headers: ctx.headers, returnHeaders: true });
        return headers.getSetCookie();
      } catch {
        return []; // Signing out without a session is already the desired state.
      }
    },

    /**
     * Confirms the address and signs in. A link that was already used confirms nothing and signs nobody in,
     * so a leaked old link is worthless.
     */
    async verifyEmail(token: string, ctx: Ctx): Promise<AuthResult<SessionUserDto>> {
      const { headers } = await translate(() =>
        auth.api.verifyEmail({ query: { token }, headers: new Headers(), returnHeaders: true }),
      );
      const cookies = headers.getSetCookie();
      const cookieHeader = cookies.map((c) => c.split(";")[0]).join("; ");
      const session = cookieHeader
        ? await auth.api.getSession({
            headers: new Headers({ cookie: cookieHeader, "user-agent": ctx.headers.get("user-agent") ?? "" }),
          })
        : null;
      if (!session)
        throw new AppError("INVALID_TOKEN", "This link was already used or is not valid. Sign in instead.");
      return { value: toSessionUser(session.user), cookies };
    },

    async resendVerification(email: string, ctx: Ctx) {
      try {
        await auth.api.sendVerificationEmail({ body: { email }, headers: ctx.headers });
      } catch {
        // Unknown or already verified addresses get the same answer as known ones.
      }
      return ACCEPTED;
    },

    async requestPasswordReset(email: string, ctx: Ctx) {
      await translate(() => auth.api.requestPasswordReset({ body: { email }, headers: ctx.headers }));
      return ACCEPTED;
    },

    async resetPassword(token: string, password: string, ctx: Ctx): Promise<void> {
      await translate(() =>
        auth.api.resetPassword({ body: { token, newPassword: password }, headers: ctx.headers }),
      );
    },
  };
}

export type AccountsService = ReturnType<typeof createAccountsService>;

export interface SessionUserDto {
  id: string;
  email: string;
  name: string;
  emailVerified: boolean;
}

function toSessionUser(u: SessionUserDto): SessionUserDto {
  return { id: u.id, email: u.email, name: u.name, emailVerified: u.emailVerified };
}

/** Maps better-auth's errors onto our codes; anything unexpected stays a real fault. */
async function translate<T>(fn: () => Promise<T>): Promise<T> {
  try {
    return await fn();
  } catch (err) {
    if (!isAPIError(err)) throw err;
    const code = (err.body as { code?: string } | undefined)?.code ?? "";
    switch (code) {
      case "INVALID_EMAIL_OR_PASSWORD":
        throw new AppError("INVALID_CREDENTIALS", "The email or password is not right.");
      case "EMAIL_NOT_VERIFIED":
        throw new AppError("EMAIL_NOT_VERIFIED", "Confirm your email first. We sent you a new link.");
      case "INVALID_TOKEN":
      case "TOKEN_EXPIRED":
        throw new AppError("INVALID_TOKEN", "This link is not valid any more. Ask for a new one.");
      case "PASSWORD_TOO_SHORT":
      case "PASSWORD_TOO_LONG":
      case "INVALID_EMAIL":
        throw new AppError("VALIDATION_FAILED", err.message, { fieldErrors: {} });
      default:
        if (err.statusCode >= 400 && err.statusCode < 500 && err.statusCode !== 429) {
          throw new AppError("INVALID_TOKEN", "This request could not be completed. Ask for a new link.");
        }
        throw err;
    }
  }
}
