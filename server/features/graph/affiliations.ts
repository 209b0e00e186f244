/**
 * Person → organization affiliations (current and past, with years) as a CSR, plus the reverse
 * organization → people CSR, so "people who are or were at org X" is one slice. Built in one go from
 * the affiliation records: they change rarely (a job change, not a like), and a rebuild is O(records),
 * so this index has no overlay; rebuild it when an affiliation changes.
 */
export interface AffiliationRecord {
  /** The person's node in the GraphIndex. */
  person: number;
  /** External organization id. */
  org: string;
  /** First year at the organization. */
  from: number;
  /** Last year there; undefined or 0 while current. */
  to?: number;
}

/** Marks a current affiliation in the `to` arrays. */
export const CURRENT = 0;

export interface Stint {
  node: number;
  from: number;
  to: number;
}

interface Side {
  offsets: Uint32Array;
  other: Uint32Array;
  from: Uint16Array;
  to: Uint16Array;
}

export class AffiliationIndex {
  private readonly orgIds: string[] = [];
  private readonly orgById = new Map<string, number>();
  private readonly byPerson: Side;
  private readonly byOrg: Side;

  constructor(records: Iterable<AffiliationRecord>, personCount: number) {
    const people: number[] = [];
    const orgs: number[] = [];
    const froms: number[] = [];
    const tos: number[] = [];
    for (const r of records) {
      if (r.person < 0 || r.person >= personCount) throw new RangeError(`no person ${r.person}`);
      let org = this.orgById.get(r.org);
      if (org === undefined) {
        org = this.orgIds.length;
        this.orgIds.push(r.org);
        this.orgById.set(r.org, org);
      }
      people.push(r.person);
      orgs.push(org);
      froms.push(r.from);
      tos.push(r.to ?? CURRENT);
    }
    this.byPerson = group(personCount, people, orgs, froms, tos);
    this.byOrg = group(this.orgIds.length, orgs, people, froms, tos);
  }

  get orgCount(): number {
    return this.orgIds.length;
  }

  orgOf(id: string): number | undefined {
    return this.orgById.get(id);
  }

  orgId(org: number): string {
    const id = this.orgIds[org];
    if (id === undefined) throw new RangeError(`no organization ${org}`);
    return id;
  }

  /** Everyone who is or was at `org`, one entry per stint (node = person). */
  peopleAt(org: number): Stint[] {
    return org >= 0 && org < this.orgIds.length ? stints(this.byOrg, org) : [];
  }

  /** A person's stints (node = organization); empty for people added after the build. */
  orgsOf(person: number): Stint[] {
    return person >= 0 && person < this.byPerson.offsets.length - 1 ? stints(this.byPerson, person) : [];
  }

  bytes(): number {
    const sideBytes = (s: Side) =>
      s.offsets.byteLength + s.other.byteLength + s.from.byteLength + s.to.byteLength;
    return sideBytes(this.byPerson) + sideBytes(this.byOrg);
  }
}

function stints(side: Side, row: number): Stint[] {
  const out: Stint[] = [];
  for (let i = side.offsets[row] as number, end = side.offsets[row + 1] as number; i < end; i++) {
    out.push({ node: side.other[i] as number, from: side.from[i] as number, to: side.to[i] as number });
  }
  return out;
}

/** Counting sort of the records by `key` into a CSR. */
function group(rows: number, key: number[], other: number[], from: number[], to: number[]): Side {
  const offsets = new Uint32Array(rows + 1);
  for (const k of key) offsets[k + 1] = (offsets[k + 1] as number) + 1;
  for (let i = 0; i < rows; i++) offsets[i + 1] = (offsets[i + 1] as number) + (offsets[i] as number);
  const cursor = offsets.slice(0, rows);
  const side: Side = {
    offsets,
    other: new Uint32Array(key.length),
    from: new Uint16Array(key.length),
    to: new Uint16Array(key.length),
  };
  key.forEach((k, r) => {
    const at = cursor[k] as number;
    cursor[k] = at + 1;
    side.other[at] = other[r] as number;
    side.from[at] = from[r] as number;
    side.to[at] = to[r] as number;
  });
  return side;
}
