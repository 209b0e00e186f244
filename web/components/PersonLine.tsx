import { Link } from "@tanstack/react-router";
import type { ReactNode } from "react";
import type { Degree } from "../../shared/graph/schemas.ts";
import { DegreeBadge } from "../features/network/DegreeBadge.tsx";

/**
 * The top of a row about a person: their name as a link to their page (with `nameId`, so the row's buttons
 * can say whom they act on), their degree badge when `degree` is given, their headline when they show it,
 * then whatever the row says about them (`children`).
 */
export function PersonLine({
  nameId,
  person,
  degree,
  children,
}: {
  nameId: string;
  person: { id: string; displayName: string; headline?: string };
  degree?: Degree;
  children?: ReactNode;
}) {
  const name = (
    <Link
      id={nameId}
      to="/people/$id"
      params={{ id: person.id }}
      className="font-semibold break-words text-blue-800 underline"
    >
      {person.displayName}
    </Link>
  );
  return (
    <div className="flex min-w-0 flex-col gap-1">
      {degree === undefined ? (
        name
      ) : (
        <div className="flex flex-wrap items-center gap-2">
          {name}
          <DegreeBadge degree={degree} />
        </div>
      )}
      {person.headline && <p className="break-words text-slate-700">{person.headline}</p>}
      {children}
    </div>
  );
}
