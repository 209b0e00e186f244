/**
 * Adds the text still typed in a list's input box (not yet added with Enter) to the list, when it fits: forms
 * call this on submit so that typed text is saved rather than silently dropped. Adding it on blur instead would
 * move the layout under the pointer between mousedown and mouseup and swallow the click on Save.
 */
export function withPendingItem(items: string[], text: string, max: number): string[] {
  const value = text.trim();
  if (!value || items.length >= max) return items;
  if (items.some((i) => i.toLowerCase() === value.toLowerCase())) return items;
  return [...items, value];
}
