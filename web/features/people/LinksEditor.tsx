import { useEffect, useRef } from "react";
import { useTranslation } from "react-i18next";
import { Button } from "../../components/Button.tsx";
import { TextField } from "../../components/TextField.tsx";

export interface LinkRow {
  label: string;
  url: string;
}

const MAX_LINKS = 10;

/** Label + URL rows. Adding a row focuses its label field; removing one focuses "Add link". */
export function LinksEditor({
  links,
  onChange,
  errorFor,
}: {
  links: LinkRow[];
  onChange: (links: LinkRow[]) => void;
  errorFor: (path: string) => string | undefined;
}) {
  const { t } = useTranslation();
  const listRef = useRef<HTMLOListElement>(null);
  const addRef = useRef<HTMLButtonElement>(null);
  const focusRow = useRef<number | "add" | null>(null);

  // biome-ignore lint/correctness/useExhaustiveDependencies: focus moves only when a row was added or removed.
  useEffect(() => {
    if (focusRow.current === "add") addRef.current?.focus();
    else if (typeof focusRow.current === "number")
      listRef.current?.querySelectorAll("li")[focusRow.current]?.querySelector("input")?.focus();
    focusRow.current = null;
  }, [links.length]);

  const update = (index: number, patch: Partial<LinkRow>) =>
    onChange(links.map((l, i) => (i === index ? { ...l, ...patch } : l)));

  return (
    <fieldset className="flex flex-col gap-3">
      <legend className="mb-1 font-medium text-slate-900">{t("profile.fields.links")}</legend>
      {links.length === 0 && <p className="text-sm text-slate-600">{t("profile.links.none")}</p>}
      <ol ref={listRef} className="flex flex-col gap-3">
        {links.map((link, index) => (
          <li
            // biome-ignore lint/suspicious/noArrayIndexKey: rows have no identity of their own; the index is also what the API's error paths use (links.2.url).
            key={index}
            className="grid gap-2 rounded-md border border-slate-200 p-3 sm:grid-cols-[1fr_2fr_auto]"
          >
            <TextField
              label={t("profile.links.label", { n: index + 1 })}
              value={link.label}
              maxLength={60}
              onChange={(label) => update(index, { label })}
              error={errorFor(`links.${index}.label`)}
            />
            <TextField
              label={t("profile.links.url", { n: index + 1 })}
              type="url"
              inputMode="url"
              placeholder="https://"
              value={link.url}
              onChange={(url) => update(index, { url })}
              error={errorFor(`links.${index}.url`)}
            />
            <div className="self-end">
              <Button
                variant="secondary"
                onClick={() => {
                  focusRow.current = "add";
                  onChange(links.filter((_, i) => i !== index));
                }}
              >
                {t("profile.links.remove", { n: index + 1 })}
              </Button>
            </div>
          </li>
        ))}
      </ol>
      <div>
        <Button
          ref={addRef}
          variant="secondary"
          disabled={links.length >= MAX_LINKS}
          onClick={() => {
            focusRow.current = links.length;
            onChange([...links, { label: "", url: "" }]);
          }}
        >
          {t("profile.links.add")}
        </Button>
      </div>
    </fieldset>
  );
}
