/** Value names are compared case-insensitively everywhere ("Trust" and "trust" are one value). */
export function valueKey(name: string): string {
  return name.trim().toLowerCase();
}
