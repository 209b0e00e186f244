import { defineConfig } from "drizzle-kit";

// Used only by `npm run db:generate`; the app applies the generated SQL itself at boot.
export default defineConfig({
  dialect: "postgresql",
  schema: "./server/db/schema.ts",
  out: "./server/db/migrations",
});
