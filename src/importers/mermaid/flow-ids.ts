import { slugify } from '../text';

/** What a flow's id is made from: its ends as written, its label, its own id. */
export interface EdgeName {
  /** `from->to`, a subgraph end written as the subgraph's id. */
  readonly written: string;
  /** The id the diagram gives the edge (`a e1@--> b`), if any. */
  readonly edgeId?: string;
  readonly label?: string;
}

/**
 * The id each edge's flow asks for. Tickets and threat ids hang on these,
 * so an edge keeps its id while the diagram around it changes:
 *
 * - An edge the diagram names (`api e1@--> db`) is that name. This is the
 *   way to pin a flow's id, whatever else is drawn, moved or relabelled.
 * - An edge alone between its two ends is `from->to` (`api->db`).
 * - Among several edges between the same ends, one whose label none of
 *   the others shares is `from->to#label`, the label as a slug
 *   (`api->db#sql`), so swapping two such lines swaps nothing. A label
 *   that is only digits is not used: `#2` reads as a count.
 * - The rest are counted in drawing order. When none of the group has a
 *   label of its own, as `from->to`, `from->to#2`, `from->to#3` (ids as
 *   earlier versions gave them); otherwise as `#1`, `#2`, so that the
 *   plain `from->to` never passes from one edge to another when an edge
 *   is added or removed.
 *
 * The pool the caller takes ids from settles any clash that is left.
 */
export function proposeFlowIds(edges: readonly EdgeName[]): string[] {
  const ids = edges.map((edge) => edge.edgeId ?? edge.written);
  for (const [written, members] of groupByEnds(edges)) {
    if (members.length < 2) continue;

    const slugs = members.map((i) => labelSlug(edges[i]?.label));
    const counts = new Map<string, number>();
    for (const slug of slugs) {
      if (slug !== undefined) counts.set(slug, (counts.get(slug) ?? 0) + 1);
    }
    const ownSlug = (slug: string | undefined) =>
      slug !== undefined && counts.get(slug) === 1 ? slug : undefined;
    const labelled = slugs.some((slug) => ownSlug(slug) !== undefined);

    let counted = 0;
    members.forEach((edgeIndex, j) => {
      const own = ownSlug(slugs[j]);
      if (own !== undefined) {
        ids[edgeIndex] = `${written}#${own}`;
        return;
      }

      counted++;
      ids[edgeIndex] =
        labelled || counted > 1 ? `${written}#${counted}` : written;
    });
  }
  return ids;
}

/** Indices of the edges without an id of their own, by their written ends. */
function groupByEnds(edges: readonly EdgeName[]): Map<string, number[]> {
  const groups = new Map<string, number[]>();
  edges.forEach((edge, i) => {
    if (edge.edgeId !== undefined) return;

    const group = groups.get(edge.written);
    if (group === undefined) groups.set(edge.written, [i]);
    else group.push(i);
  });
  return groups;
}

function labelSlug(label: string | undefined): string | undefined {
  const slug = label === undefined ? '' : slugify(label);
  return slug === '' || /^\d+$/.test(slug) ? undefined : slug;
}
