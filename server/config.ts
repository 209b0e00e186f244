import path from "node:path";
import { z } from "zod";

/**
 * The only reader of process.env. Parsed once at boot; a bad value stops the app with a readable message.
 * Every variable is listed in the README.
 */
const booleanFlag = z
  .enum(["1", "0", "true", "false", "yes", "no", ""])
  .optional()
  .transform((v) => v === "1" || v === "true" || v === "yes");

const envSchema = z.object({
  // HTTP port for UI and API.
  PORT: z.coerce.number().int().min(0).max(65535).default(3000),
  // Interface to bind; 0.0.0.0 to expose the app beyond this machine.
  HOST: z.string().min(1).default("127.0.0.1"),
  // "production" hides the dev mailbox and turns on secure cookies when the base URL is https.
  NODE_ENV: z.enum(["development", "production", "test"]).default("development"),
  // External PostgreSQL (15+). Unset: an embedded PostgreSQL is started with its data in ALLIANCE_DATA_DIR.
  DATABASE_URL: z.string().url().optional(),
  // Where the embedded database (and other local state) lives.
  ALLIANCE_DATA_DIR: z.string().min(1).default("./data"),
  // Port of the embedded PostgreSQL server.
  ALLIANCE_EMBEDDED_PG_PORT: z.coerce.number().int().min(1).max(65535).default(54329),
  // Public URL of the app: used in emailed links and as the trusted origin for CSRF checks.
  ALLIANCE_BASE_URL: z.string().url().optional(),
  // Secret that signs session cookies and tokens. Generated and kept in the data dir when unset.
  ALLIANCE_SECRET: z.string().min(32, "must be at least 32 characters").optional(),
  // Send mail over SMTP (smtp://user:pass@host:port). Unset: mail is kept in the dev mailbox.
  SMTP_URL: z.string().url().optional(),
  // Sender address of outgoing mail.
  MAIL_FROM: z.string().min(3).default("Alliance <no-reply@alliance.local>"),
  // pino log level.
  LOG_LEVEL: z.enum(["fatal", "error", "warn", "info", "debug", "trace", "silent"]).default("info"),
  // Failed sign-ins allowed per IP and per account within LOGIN_WINDOW_SECONDS before 429.
  LOGIN_MAX_PER_IP: z.coerce.number().int().min(1).default(30),
  LOGIN_MAX_PER_ACCOUNT: z.coerce.number().int().min(1).default(5),
  LOGIN_WINDOW_SECONDS: z.coerce.number().int().min(1).default(900),
  // Trust X-Forwarded-* headers (set when running behind a reverse proxy).
  TRUST_PROXY: booleanFlag,
  // How often reminders are raised and queued emails sent; 0 turns the jobs off on this server.
  ALLIANCE_JOBS_INTERVAL_SECONDS: z.coerce.number().int().min(0).default(60),
  // Emails sent per job run at most.
  ALLIANCE_JOBS_EMAIL_BATCH: z.coerce.number().int().min(1).max(1000).default(50),
});

export interface Config {
  port: number;
  host: string;
  env: "development" | "production" | "test";
  databaseUrl: string | undefined;
  dataDir: string;
  embeddedPgPort: number;
  baseUrl: string;
  secret: string | undefined;
  smtpUrl: string | undefined;
  mailFrom: string;
  logLevel: string;
  loginLimits: { perIp: number; perAccount: number; windowSeconds: number };
  trustProxy: boolean;
  jobs: { intervalSeconds: number; emailBatch: number };
}

export class ConfigError extends Error {}

/** Parses an environment (process.env by default). Throws ConfigError listing every bad variable. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const parsed = envSchema.safeParse(env);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `  ${i.path.join(".")}: ${i.message}`);
    throw new ConfigError(`Invalid configuration:\n${lines.join("\n")}`);
  }
  const e = parsed.data;
  return {
    port: e.PORT,
    host: e.HOST,
    env: e.NODE_ENV,
    databaseUrl: e.DATABASE_URL,
    dataDir: path.resolve(e.ALLIANCE_DATA_DIR),
    embeddedPgPort: e.ALLIANCE_EMBEDDED_PG_PORT,
    baseUrl: (e.ALLIANCE_BASE_URL ?? `http://localhost:${e.PORT}`).replace(/\/$/, ""),
    secret: e.ALLIANCE_SECRET,
    smtpUrl: e.SMTP_URL,
    mailFrom: e.MAIL_FROM,
    logLevel: e.LOG_LEVEL,
    loginLimits: {
      perIp: e.LOGIN_MAX_PER_IP,
      perAccount: e.LOGIN_MAX_PER_ACCOUNT,
      windowSeconds: e.LOGIN_WINDOW_SECONDS,
    },
    trustProxy: e.TRUST_PROXY,
    jobs: { intervalSeconds: e.ALLIANCE_JOBS_INTERVAL_SECONDS, emailBatch: e.ALLIANCE_JOBS_EMAIL_BATCH },
  };
}
