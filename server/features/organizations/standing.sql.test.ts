import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDatabase, type TestDatabase } from "../../test/db.ts";
import type { MembershipStatus } from "./organizations.tables.ts";
import { isAlumnusSql, isMemberSql, standingOf } from "./standing.ts";

// The SQL filters must say exactly what standingOf says, for every status and last day.
let t: TestDatabase;
beforeAll(async () => {
  t = await createTestDatabase();
});
afterAll(() => t.drop());

const today = "2026-06-15";
const statuses: MembershipStatus[] = ["active", "alumni", "former", "removed"];
const lastDays = [null, "2026-06-14", today, "2026-06-16"];

describe("isMemberSql and isAlumnusSql", () => {
  for (const status of statuses) {
    for (const endedOn of lastDays) {
      it(`agree with standingOf for ${status}, last day ${endedOn ?? "none"}`, async () => {
        const row = sql`(select ${status}::text as status, ${endedOn}::date as ended_on)`;
        const result = await t.db.execute<{ member: boolean; alumnus: boolean }>(
          sql`select ${isMemberSql("m", today)} as member, ${isAlumnusSql("m", today)} as alumnus from ${row} m`,
        );
        const standing = standingOf({ status, endedOn }, today);
        expect(result.rows[0]).toEqual({ member: standing === "member", alumnus: standing === "alumnus" });
      });
    }
  }
});
