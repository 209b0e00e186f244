import { z } from "zod";

export const email = z
  .string()
  .trim()
  .toLowerCase()
  .pipe(z.email("must be a valid email address"))
  .pipe(z.string().max(254));
export const password = z.string().min(10, "at least 10 characters").max(128, "at most 128 characters");

export const signUpBody = z.object({
  name: z.string().trim().min(1).max(100),
  email,
  password,
});
export const signInBody = z.object({ email, password: z.string().min(1).max(128) });
export const emailOnlyBody = z.object({ email });
export const tokenBody = z.object({ token: z.string().min(1).max(500) });
export const resetPasswordBody = z.object({ token: z.string().min(1).max(500), password });

export const sessionUser = z.object({
  id: z.string(),
  email: z.string(),
  name: z.string(),
  emailVerified: z.boolean(),
});
export type SessionUser = z.infer<typeof sessionUser>;

export const sessionResponse = z.object({ user: sessionUser });
export const acceptedResponse = z.object({ status: z.literal("accepted"), message: z.string() });
