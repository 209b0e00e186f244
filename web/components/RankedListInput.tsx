import { type ReactNode, useEffect, useId, useRef, useState } from "react";
import { useTranslation } from "react-i18next";
import { Button } from "./Button.tsx";
import { controlClass, FieldShell } from "./FieldShell.tsx";
import { LiveMessage } from "./LiveMessage.tsx";

type Direction = "up" | "down";

/**
 * An ordered list (ranked values, most important first) with a fixed maximum. Items move with Up/Down
 * buttons; after a move, focus follows the moved item so a keyboard user can keep pressing.
 */
export function RankedListInput({
  label,
  hint,
  error,
  items,
  onChange,
  text,
  onTextChange,
  max = 5,
  maxLength = 60,
  suggestions = [],
}: {
  label: ReactNode;
  hint?: ReactNode;
  error?: string;
  items: string[];
  onChange: (items: string[]) => void;
  /** What is typed but not yet added; owned by the form so it can be added on save (withPendingItem). */
  text: string;
  onTextChange: (text: string) => void;
  max?: number;
  maxLength?: number;
  /** Names offered while typing (a catalog); anything else may still be typed. */
  suggestions?: string[];
}) {
  const { t } = useTranslation();
  const listId = useId();
  const [announcement, setAnnouncement] = useState("");
  const [focusAfterMove, setFocusAfterMove] = useState<{ item: string; direction: Direction } | null>(null);
  const listRef = useRef<HTMLOListElement>(null);
  const full = items.length >= max;

  useEffect(() => {
    if (!focusAfterMove || !listRef.current) return;
    const row = [...listRef.current.querySelectorAll<HTMLElement>("li")].find(
      (li) => li.dataset.item === focusAfterMove.item,
    );
    const preferred = row?.querySelector<HTMLButtonElement>(
      `button[data-direction="${focusAfterMove.direction}"]`,
    );
    const other = row?.querySelector<HTMLButtonElement>("button[data-direction]:not(:disabled)");
    (preferred && !preferred.disabled ? preferred : other)?.focus();
    setFocusAfterMove(null);
  }, [focusAfterMove]);

  function add() {
    const value = text.trim();
    if (!value) return;
    if (items.some((i) => i.toLowerCase() === value.toLowerCase())) {
      setAnnouncement(t("tags.duplicate", { item: value }));
      return;
    }
    if (full) {
      setAnnouncement(t("ranked.full", { max }));
      return;
    }
    onChange([...items, value]);
    onTextChange("");
    setAnnouncement(t("tags.added", { item: value }));
  }

  function move(index: number, direction: Direction) {
    const target = direction === "up" ? index - 1 : index + 1;
    const item = items[index];
    const other = items[target];
    if (item === undefined || other === undefined) return;
    const next = [...items];
    next[index] = other;
    next[target] = item;
    onChange(next);
    setFocusAfterMove({ item, direction });
    setAnnouncement(t("ranked.moved", { item, position: target + 1 }));
  }

  function remove(item: string) {
    onChange(items.filter((i) => i !== item));
    setAnnouncement(t("tags.removed", { item }));
  }

  return (
    <FieldShell label={label} hint={hint ?? t("ranked.hint", { max })} error={error}>
      {({ id, describedBy, invalid }) => (
        <>
          {items.length > 0 && (
            <ol ref={listRef} className="flex flex-col gap-2">
              {items.map((item, index) => (
                <li
                  key={item}
                  data-item={item}
                  className="flex flex-wrap items-center gap-2 rounded-md border border-slate-200 bg-slate-50 p-2"
                >
                  <span className="w-6 text-right font-semibold text-slate-600">{index + 1}.</span>
                  <span className="min-w-0 flex-1 break-words">{item}</span>
                  <span className="flex gap-1">
                    <Button
                      size="sm"
                      variant="secondary"
                      data-direction="up"
                      disabled={index === 0}
                      aria-label={t("ranked.moveUp", { item })}
                      onClick={() => move(index, "up")}
                    >
                      {t("ranked.up")}
                    </Button>
                    <Button
                      size="sm"
                      variant="secondary"
                      data-direction="down"
                      disabled={index === items.length - 1}
                      aria-label={t("ranked.moveDown", { item })}
                      onClick={() => move(index, "down")}
                    >
                      {t("ranked.down")}
                    </Button>
                    <Button
                      size="sm"
                      variant="secondary"
                      aria-label={t("tags.remove", { item })}
                      onClick={() => remove(item)}
                    >
                      {t("common.remove")}
                    </Button>
                  </span>
                </li>
              ))}
            </ol>
          )}
          <div className="flex gap-2">
            {suggestions.length > 0 && (
              <datalist id={listId}>
                {suggestions
                  .filter((v) => !items.some((i) => i.toLowerCase() === v.toLowerCase()))
                  .map((v) => (
                    <option key={v} value={v} />
                  ))}
              </datalist>
            )}
            <input
              id={id}
              list={suggestions.length > 0 ? listId : undefined}
              value={text}
              maxLength={maxLength}
              onChange={(e) => onTextChange(e.target.value)}
              onKeyDown={(e) => {
                if (e.key === "Enter") {
                  e.preventDefault(); // Adds the value; must not submit the form.
                  add();
                }
              }}
              aria-describedby={describedBy}
              aria-invalid={invalid || undefined}
              className={controlClass}
            />
            <Button variant="secondary" className="shrink-0 whitespace-nowrap" onClick={add}>
              {t("ranked.add")}
            </Button>
          </div>
          {full && <p className="text-sm text-slate-600">{t("ranked.full", { max })}</p>}
          <LiveMessage message={announcement} />
        </>
      )}
    </FieldShell>
  );
}
