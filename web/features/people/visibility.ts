// The lists live in shared/ without zod, so importing them keeps the schemas out of the bundle.
export { AUDIENCES, PROFILE_FIELDS, VISIBILITIES } from "../../../shared/people/constants.ts";
