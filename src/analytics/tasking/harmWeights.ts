/** Harm weights by category id, shaped as in the tasking settings (which satisfy it). */
export interface HarmWeights {
  /** Category id → weight. */
  harmWeights: Readonly<Record<string, number>>;
  /** Weight of a category listed neither itself nor through its parent. */
  otherWeight: number;
}

/** The broader category of an id (e.g. 'asb-nuisance' → 'asb'), or null at the top. */
export type ParentLookup = (categoryId: string) => string | null | undefined;

/**
 * The harm weight of one category: its own weight when listed, else its parent's (a local
 * sub-category such as 'asb-noise' under 'asb'), else the parent's parent, else `otherWeight`.
 * The parent lookup is passed in (the taxonomy lives in the SQL layer, which analytics cannot
 * import); cycles in it are cut.
 */
export function harmWeight(categoryId: string, harm: HarmWeights, parentOf: ParentLookup): number {
  const seen = new Set<string>();
  let id: string | null | undefined = categoryId;
  while (id && !seen.has(id)) {
    const own = harm.harmWeights[id];
    if (own !== undefined && Number.isFinite(own)) return own;
    seen.add(id);
    id = parentOf(id);
  }
  return harm.otherWeight;
}

/** Harm weights of a list of category ids, aligned with it (for an index column). */
export function harmWeightsOf(
  categoryIds: readonly string[],
  harm: HarmWeights,
  parentOf: ParentLookup,
): Float64Array {
  return Float64Array.from(categoryIds, (id) => harmWeight(id, harm, parentOf));
}

/**
 * Σ count × weight over a category mix: the harm-weighted count of a place. With the default
 * weights 10 personal ASB incidents weigh 30 and 10 environmental ones 10.
 */
export function harmWeightedCount(
  mix: Readonly<Record<string, number>>,
  harm: HarmWeights,
  parentOf: ParentLookup,
): number {
  let total = 0;
  for (const [id, count] of Object.entries(mix)) total += count * harmWeight(id, harm, parentOf);
  return total;
}
