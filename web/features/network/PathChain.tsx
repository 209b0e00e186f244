import { Link } from "@tanstack/react-router";
import { useTranslation } from "react-i18next";
import type { PersonRef } from "../../../shared/graph/schemas.ts";

/**
 * A path through the network as a chain of linked names: You → Ana → Ben → Target. The first person is the
 * viewer (a path never visits anyone twice). The arrows are decoration; the ordered list tells screen readers
 * the order. Long chains wrap.
 */
export function PathChain({ people, label }: { people: readonly PersonRef[]; label?: string }) {
  const { t } = useTranslation();
  const names = people.map((p, i) =>
    i === 0 ? t("network.path.you") : p.displayName || t("network.path.someone"),
  );
  return (
    <ol
      aria-label={label ?? t("network.path.label", { names: names.join(", ") })}
      className="flex flex-wrap items-center gap-x-2 gap-y-1"
    >
      {people.map((p, i) => (
        <li key={p.id} className="flex min-w-0 items-center gap-2 break-words">
          {i > 0 && (
            <span aria-hidden="true" className="text-slate-500">
              →
            </span>
          )}
          {i === 0 ? (
            <span className="font-medium text-slate-900">{names[i]}</span>
          ) : (
            <Link to="/people/$id" params={{ id: p.id }} className="min-w-0 text-blue-800 underline">
              {names[i]}
            </Link>
          )}
        </li>
      ))}
    </ol>
  );
}
