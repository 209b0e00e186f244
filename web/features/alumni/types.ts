// Types inferred from the shared zod schemas. `import type` keeps zod itself out of the browser bundle.
import type { z } from "zod";
import type {
  affiliation,
  alumniArea,
  alumnus,
  departure,
  orgPersonHistory,
  timelineEntry,
} from "../../../shared/affiliations/schemas.ts";

export type TimelineEntry = z.infer<typeof timelineEntry>;
export type OrgPersonHistory = z.infer<typeof orgPersonHistory>;
export type Departure = z.infer<typeof departure>;
export type Alumnus = z.infer<typeof alumnus>;
export type AlumniArea = z.infer<typeof alumniArea>;
export type Affiliation = z.infer<typeof affiliation>;
