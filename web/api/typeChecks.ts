/**
 * Compile-time checks for lists copied from shared/ (copied so the browser bundle does not load zod just for
 * a few constants). If shared/ gains a value, `tsc` fails here until the copy is updated.
 */
export type Expect<T extends true> = T;
export type ListsEvery<All, Listed extends readonly All[]> = [Exclude<All, Listed[number]>] extends [never]
  ? true
  : false;
