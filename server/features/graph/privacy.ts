/**
 * Decides whether a path may pass through `node`: a path may only go through people whose connection
 * lists the viewer may see. The two ends of a path are always allowed. Caches (degrees.ts) assume the
 * answer for a node depends only on the viewer and on data whose changes bump the index version.
 */
export type AllowIntermediary = (node: number) => boolean;

export const ALLOW_ALL: AllowIntermediary = () => true;
