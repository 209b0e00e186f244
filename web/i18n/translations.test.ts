import { describe, expect, it } from "vitest";
import en from "./en.json";
import ja from "./ja.json";

function flatten(obj: object, prefix = ""): Record<string, string> {
  return Object.fromEntries(
    Object.entries(obj).flatMap(([k, v]) =>
      typeof v === "object" && v !== null
        ? Object.entries(flatten(v, `${prefix}${k}.`))
        : [[`${prefix}${k}`, String(v)]],
    ),
  );
}

const enKeys = flatten(en);
const jaKeys = flatten(ja);
const placeholders = (s: string) => [...s.matchAll(/\{\{(\w+)\}\}/g)].map((m) => m[1]).sort();

describe("translations", () => {
  it("have the same keys in English and Japanese", () => {
    expect(Object.keys(jaKeys).sort()).toEqual(Object.keys(enKeys).sort());
  });

  it("have no empty strings", () => {
    for (const [k, v] of [...Object.entries(enKeys), ...Object.entries(jaKeys)])
      expect(v.trim(), k).not.toBe("");
  });

  it("keep the same placeholders", () => {
    for (const [k, v] of Object.entries(enKeys))
      expect(placeholders(jaKeys[k] ?? ""), k).toEqual(placeholders(v));
  });

  it("are really Japanese, not copied English", () => {
    const japanese = /[\u3040-\u30ff\u4e00-\u9fff]/;
    const untranslated = Object.entries(jaKeys)
      .filter(([, v]) => !japanese.test(v))
      .map(([k]) => k);
    // Names such as "English" or "Alliance" may stay as they are.
    expect(untranslated.length / Object.keys(jaKeys).length).toBeLessThan(0.05);
  });
});
