import type { CatalogValue, CreateValueInput, ValuesList } from "../../../shared/alignment/schemas.ts";
import { type Clock, isoDay } from "../../clock.ts";
import type { Database } from "../../db/client.ts";
import { AppError } from "../../errors.ts";
import type { UserActor } from "../accounts/actor.ts";
import { findOrgBySlug, membershipOf } from "../organizations/organizations.repo.ts";
import { isUniqueViolation } from "../organizations/organizations.service.ts";
import { canOnOrgValues, type OrgValuesAction } from "./alignment.policy.ts";
import * as repo from "./alignment.repo.ts";

const VALUE_EXISTS = () =>
  new AppError("VALUE_EXISTS", "That value is already in the catalog.", {
    fieldErrors: { name: ["already exists"] },
  });

function toCatalogValue(row: repo.CatalogRow): CatalogValue {
  return { id: row.id, name: row.name, description: row.description, orgId: row.orgId };
}

/** The values catalog: the seeded shared values plus each organization's own. */
export function createValuesService({ db, clock }: { db: Database; clock: Clock }) {
  async function loadOrg(actor: UserActor, slug: string) {
    const org = await findOrgBySlug(db, slug);
    if (!org) throw new AppError("ORG_NOT_FOUND", "Organization not found.");
    const membership = await membershipOf(db, org.id, actor.userId, isoDay(clock()));
    const can = (action: OrgValuesAction) => canOnOrgValues(actor, membership, action);
    return { org, can };
  }

  return {
    /** The shared catalog, plus the organization's own values when the caller is a member or alumnus. */
    async list(actor: UserActor, orgSlug: string | undefined): Promise<ValuesList> {
      let orgId: string | null = null;
      if (orgSlug) {
        const { org, can } = await loadOrg(actor, orgSlug);
        if (can("values.readOwn")) orgId = org.id;
      }
      return { items: (await repo.listCatalog(db, orgId)).map(toCatalogValue) };
    },

    /** Owners and admins add a value; a name already in the shared catalog or the organization's is 409. */
    async add(actor: UserActor, slug: string, input: CreateValueInput): Promise<CatalogValue> {
      const { org, can } = await loadOrg(actor, slug);
      if (!can("values.add")) throw new AppError("FORBIDDEN", "Only owners and admins add values.");
      // The unique index covers one scope only; a clash with the shared catalog needs this check.
      if (await repo.findValueByName(db, org.id, input.name)) throw VALUE_EXISTS();
      try {
        return toCatalogValue(
          await repo.insertOrgValue(db, { orgId: org.id, createdBy: actor.userId, ...input }),
        );
      } catch (err) {
        if (isUniqueViolation(err)) throw VALUE_EXISTS();
        throw err;
      }
    },

    /**
     * Removes one of the organization's own values. Profiles and organizations that ranked it keep the
     * name: ranked values are text, the catalog only suggests them.
     */
    async remove(actor: UserActor, slug: string, valueId: string): Promise<void> {
      const { org, can } = await loadOrg(actor, slug);
      if (!can("values.remove")) throw new AppError("FORBIDDEN", "Only owners and admins remove values.");
      if (!(await repo.deleteOrgValue(db, org.id, valueId)))
        throw new AppError("VALUE_NOT_FOUND", "This organization has no such value of its own.");
    },
  };
}

export type ValuesService = ReturnType<typeof createValuesService>;
