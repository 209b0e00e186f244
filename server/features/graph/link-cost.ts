/**
 * The cost of one mutual link, used by the trust-weighted path search. Cheaper means "a warmer
 * introduction". Kept in one pure function so the engine, the tools and the tests agree on it.
 *
 *   trust       = min(trustAB, trustBA) clamped to 0..10   (the less trusting side decides, so trust that
 *                                                          only one side claims cannot make a path cheap)
 *   history     = min(sharedYears, 10) / 10               (years worked together, saturating at 10)
 *   interaction = min(log10(1 + interactions) / 2, 1)     (saturates at about 100 interactions)
 *   score       = trust / 10 + 0.25 * history + 0.25 * interaction        in 0..1.5
 *   cost        = 1 / (0.5 + score)                                       in 0.5..2
 *
 * Neutral trust (5 on both sides, no history) costs exactly 1, so an unweighted edge list is the same as
 * "every link costs 1" and weighted costs stay comparable with hop counts.
 */
export interface LinkTrust {
  /** How much A trusts B, 0..10 (values outside are clamped). */
  trustAB: number;
  /** How much B trusts A, 0..10. */
  trustBA: number;
  /** Years both spent at the same organization. */
  sharedYears?: number;
  /** Recorded interactions between the two (introductions, check-ins, messages). */
  interactions?: number;
}

export const TRUST_MAX = 10;
/** The trust level that gives cost 1: used for links that carry no rating. */
export const NEUTRAL_TRUST = 5;

export function linkCost({ trustAB, trustBA, sharedYears = 0, interactions = 0 }: LinkTrust): number {
  const trust = clamp(Math.min(trustAB, trustBA), 0, TRUST_MAX) / TRUST_MAX;
  const history = clamp(sharedYears, 0, 10) / 10;
  const interaction = Math.min(Math.log10(1 + Math.max(0, interactions)) / 2, 1);
  return 1 / (0.5 + trust + 0.25 * history + 0.25 * interaction);
}

/** The cost of a link from an imported edge list whose rating both sides are taken to share. */
export function ratingCost(rating: number): number {
  return linkCost({ trustAB: rating, trustBA: rating });
}

export const NEUTRAL_COST = ratingCost(NEUTRAL_TRUST);

function clamp(x: number, lo: number, hi: number): number {
  if (Number.isNaN(x)) return lo;
  return Math.min(Math.max(x, lo), hi);
}
