import type { PersonSummary } from "../../../shared/connections/schemas.ts";
import { AppError } from "../../errors.ts";

export const personNotFound = () => new AppError("PERSON_NOT_FOUND", "Person not found.");
export const requestNotFound = () =>
  new AppError("CONNECTION_REQUEST_NOT_FOUND", "Connection request not found.");
export const requestClosed = () =>
  new AppError("CONNECTION_REQUEST_CLOSED", "This request was already answered or withdrawn.");
export const connectionNotFound = () =>
  new AppError("CONNECTION_NOT_FOUND", "You are not connected to this person.");
export const fieldError = (fieldErrors: Record<string, string[]>) =>
  new AppError("VALIDATION_FAILED", "Some fields are not valid.", { fieldErrors });
export const notYourself = (field: string) => fieldError({ [field]: ["cannot be yourself"] });

/** A person whose profile is gone by the time a list is built: shown without a name rather than dropped. */
export const unnamedPerson = (id: string): PersonSummary => ({ id, displayName: "" });
