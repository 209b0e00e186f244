import { type DemoNetwork, generateDemoNetwork } from "./demo.generator.ts";

/** The networks the generator tests check, shared by demo.generator.test.ts and demo.lifecycle.test.ts. */
export const AS_OF = "2026-06-15";
export const SIZE = { companies: 4, people: 60 };
export const network = generateDemoNetwork(42, SIZE, AS_OF);
// Other shapes and days too, so the invariants are not an accident of the default size or date.
export const variants: [string, DemoNetwork, string][] = [
  ["default", network, AS_OF],
  ["seed 7", generateDemoNetwork(7, SIZE, AS_OF), AS_OF],
  ["tight", generateDemoNetwork(3, { companies: 3, people: 6 }, AS_OF), AS_OF],
  ["single company", generateDemoNetwork(5, { companies: 1, people: 5 }, AS_OF), AS_OF],
  ["large", generateDemoNetwork(11, { companies: 15, people: 400 }, AS_OF), AS_OF],
  ["month end", generateDemoNetwork(42, SIZE, "2026-01-31"), "2026-01-31"],
  ["leap day", generateDemoNetwork(9, SIZE, "2028-02-29"), "2028-02-29"],
];
