import { type KeyboardEvent, type ReactNode, useRef, useState } from "react";
import { useTranslation } from "react-i18next";
import { Button } from "./Button.tsx";
import { controlClass, FieldShell } from "./FieldShell.tsx";
import { LiveMessage } from "./LiveMessage.tsx";

/**
 * Free-text tags (skills): type and press Enter or a comma to add; every chip has its own remove button.
 * Pasting "a, b, c" adds all three. The typed text is owned by the form, which adds what is left in the box
 * when it is saved (see withPendingItem).
 */
export function TagInput({
  label,
  hint,
  error,
  tags,
  onChange,
  text,
  onTextChange,
  max = 50,
  maxLength = 40,
}: {
  label: ReactNode;
  hint?: ReactNode;
  error?: string;
  tags: string[];
  onChange: (tags: string[]) => void;
  text: string;
  onTextChange: (text: string) => void;
  max?: number;
  maxLength?: number;
}) {
  const { t } = useTranslation();
  const [announcement, setAnnouncement] = useState("");
  const inputRef = useRef<HTMLInputElement>(null);

  function add(raw: string[]) {
    const next = [...tags];
    for (const piece of raw.map((r) => r.trim()).filter(Boolean)) {
      if (next.some((tag) => tag.toLowerCase() === piece.toLowerCase())) {
        setAnnouncement(t("tags.duplicate", { item: piece }));
      } else if (next.length >= max) {
        setAnnouncement(t("tags.full", { max }));
      } else {
        next.push(piece.slice(0, maxLength));
        setAnnouncement(t("tags.added", { item: piece }));
      }
    }
    if (next.length !== tags.length) onChange(next);
  }

  function handleText(value: string) {
    if (!value.includes(",")) return onTextChange(value);
    const pieces = value.split(",");
    onTextChange(pieces.pop() ?? "");
    add(pieces);
  }

  function handleKeyDown(event: KeyboardEvent<HTMLInputElement>) {
    if (event.key === "Enter") {
      event.preventDefault(); // Enter adds a tag here; it must not submit the whole form.
      add([text]);
      onTextChange("");
    }
  }

  function remove(tag: string) {
    onChange(tags.filter((x) => x !== tag));
    setAnnouncement(t("tags.removed", { item: tag }));
    inputRef.current?.focus();
  }

  return (
    <FieldShell label={label} hint={hint ?? t("tags.hint")} error={error}>
      {({ id, describedBy, invalid }) => (
        <>
          {tags.length > 0 && (
            <ul className="flex flex-wrap gap-2">
              {tags.map((tag) => (
                <li
                  key={tag}
                  className="inline-flex items-center gap-1 rounded-full bg-blue-100 py-1 pr-1 pl-3 text-blue-900"
                >
                  <span>{tag}</span>
                  <button
                    type="button"
                    onClick={() => remove(tag)}
                    aria-label={t("tags.remove", { item: tag })}
                    className="rounded-full px-2 leading-6 hover:bg-blue-200"
                  >
                    ×
                  </button>
                </li>
              ))}
            </ul>
          )}
          <div className="flex gap-2">
            <input
              ref={inputRef}
              id={id}
              value={text}
              maxLength={maxLength}
              onChange={(e) => handleText(e.target.value)}
              onKeyDown={handleKeyDown}
              aria-describedby={describedBy}
              aria-invalid={invalid || undefined}
              className={controlClass}
            />
            <Button
              variant="secondary"
              className="shrink-0 whitespace-nowrap"
              onClick={() => {
                add([text]);
                onTextChange("");
              }}
            >
              {t("tags.add")}
            </Button>
          </div>
          <LiveMessage message={announcement} />
        </>
      )}
    </FieldShell>
  );
}
