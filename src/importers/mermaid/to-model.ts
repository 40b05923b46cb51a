import type { Problem } from '../../model/errors';
import { classify, subtypeFor } from '../classify';
import { IdPool } from '../ids';
import type {
  BoundaryInput,
  DiagramParts,
  ElementInput,
  FlowInput,
} from '../parts';
import { readTransport } from '../protocols';
import { shown, slugify, toName } from '../text';
import type { Graph, GraphNode } from './graph';
import { EdgeEnds } from './edge-ends';
import { proposeFlowIds } from './flow-ids';
import { labelText } from './labels';

/**
 * Turns a parsed flowchart into model entries. Nodes become elements,
 * subgraphs trust boundaries (nested as Mermaid nests them), edges flows.
 *
 * An edge that names a subgraph is attached to the subgraph's first element
 * (in the order the diagram lists them, looking into nested subgraphs), so
 * the boundary crossing it draws is kept; `skipped` says so. A subgraph with
 * no element leaves such an edge out, also said in `skipped`.
 *
 * A flow's id is `from->to`, told apart from others between the same ends
 * by its label or by count (./flow-ids). An edge id written in the diagram
 * (`api e1@--> db`) pins a flow's id whatever else changes.
 */
export function toParts(graph: Graph): DiagramParts {
  const notes: Problem[] = [];
  const boundaryIds = mapBoundaries(graph);
  const boundaries = graph.subgraphs.map((subgraph): BoundaryInput => {
    const id = boundaryIds.get(subgraph.key) ?? subgraph.key;
    const parent = parentOf(graph, subgraph.key, notes, subgraph.line);
    const parentId = parent === undefined ? undefined : boundaryIds.get(parent);
    return {
      id,
      name: toName(subgraph.title) ?? id,
      ...(parentId === undefined ? {} : { parent: parentId }),
    };
  });

  const pool = new IdPool();
  const elementIds = new Map<string, string>();
  const elements: ElementInput[] = [];
  for (const node of graph.nodes.values()) {
    const element = toElement(node, pool, graph, boundaryIds);
    if (element.id !== node.id) {
      notes.push({
        path: `line ${node.line}`,
        message: `node ${shown(node.id)} is not a valid id: named '${element.id}'`,
      });
    }
    elementIds.set(node.id, element.id);
    elements.push(element);
  }

  const flows = toFlows(
    graph,
    pool,
    new EdgeEnds(graph, elementIds, boundaryIds, notes),
  );
  return { elements, flows, boundaries, notes };
}

function mapBoundaries(graph: Graph): Map<string, string> {
  const pool = new IdPool();
  const ids = new Map<string, string>();
  graph.subgraphs.forEach((subgraph, i) => {
    const proposal = subgraph.named ? subgraph.key : slugify(subgraph.title);
    ids.set(subgraph.key, pool.take(proposal, `boundary-${i + 1}`));
  });
  return ids;
}

/** The subgraph holding this one, unless that would make a loop. */
function parentOf(
  graph: Graph,
  key: string,
  notes: Problem[],
  line: number,
): string | undefined {
  const parent = graph.owner.get(key);
  for (let at = parent; at !== undefined; at = graph.owner.get(at)) {
    if (at === key) {
      notes.push({
        path: `line ${line}`,
        message: 'subgraphs that hold each other: nesting dropped',
      });
      return undefined;
    }
  }
  return parent;
}

function toElement(
  node: GraphNode,
  pool: IdPool,
  graph: Graph,
  boundaryIds: ReadonlyMap<string, string>,
): ElementInput {
  const id = pool.take(node.id, `node-${pool.size + 1}`);
  const name = node.label ?? toName(node.id) ?? id;
  const owner = graph.owner.get(node.id);
  const boundary = owner === undefined ? undefined : boundaryIds.get(owner);
  return {
    id,
    name,
    ...kindOf(node, name),
    ...(boundary === undefined ? {} : { boundary }),
  };
}

/** A cylinder is a data store and a stadium an outside party; otherwise the name decides. */
function kindOf(
  node: GraphNode,
  name: string,
): Pick<ElementInput, 'kind' | 'subtype'> {
  if (node.shape === 'cylinder') {
    const subtype = subtypeFor('data-store', name);
    return {
      kind: 'data-store',
      subtype: subtype === 'generic' ? 'database' : subtype,
    };
  }
  if (node.shape === 'stadium') {
    return {
      kind: 'external-entity',
      subtype: subtypeFor('external-entity', name),
    };
  }
  return classify(name);
}

/** The flows the edges draw, with ids as ./flow-ids explains. */
function toFlows(graph: Graph, pool: IdPool, ends: EdgeEnds): FlowInput[] {
  const labels = new LabelReader();
  const drawn = graph.edges.flatMap((edge) => {
    const resolved = ends.resolve(edge);
    if (resolved === undefined) return [];

    const text = edge.link.text;
    const facts = text === undefined ? {} : labels.read(text);
    return [{ edge, ends: resolved, facts }];
  });
  const ids = proposeFlowIds(
    drawn.map(({ edge, ends: { written }, facts }) => ({
      written,
      ...(edge.edgeId === undefined ? {} : { edgeId: edge.edgeId }),
      ...(facts.label === undefined ? {} : { label: facts.label }),
    })),
  );

  return drawn.map(({ edge, ends: { from, to }, facts }, i) => ({
    id: pool.take(ids[i] ?? '', `flow-${i + 1}`),
    from,
    to,
    ...facts,
    bidirectional: edge.link.bidirectional,
  }));
}

/** Edge labels and what they say about transport; diagrams repeat the same few. */
class LabelReader {
  private readonly seen = new Map<
    string,
    Pick<FlowInput, 'label' | 'protocol' | 'encrypted' | 'authenticated'>
  >();

  read(
    raw: string,
  ): Pick<FlowInput, 'label' | 'protocol' | 'encrypted' | 'authenticated'> {
    const known = this.seen.get(raw);
    if (known !== undefined) return known;

    const label = labelText(raw);
    const facts = label === undefined ? {} : { label, ...readTransport(label) };
    this.seen.set(raw, facts);
    return facts;
  }
}
