import type { Analysis, TargetRef } from '../analysis/types';
import type { ThreatModel } from '../model/schema';

/**
 * Names every flow target by its ends, `Customer Browser → Load Balancer
 * (HTTPS)`, since a flow's own name is often only its diagram label. The
 * report reads better, and two flows with the same label stay apart.
 */
export function withReadableTargets(
  analysis: Analysis,
  model: ThreatModel,
): Analysis {
  const elementNames = new Map(model.elements.map((e) => [e.id, e.name]));
  const flowNames = new Map(
    model.flows.map((flow) => {
      const from = elementNames.get(flow.from) ?? flow.from;
      const to = elementNames.get(flow.to) ?? flow.to;
      const label = flow.label?.trim();
      return [flow.id, `${from} → ${to}${label ? ` (${label})` : ''}`];
    }),
  );
  const rename = (target: TargetRef): TargetRef =>
    target.kind === 'flow'
      ? { ...target, name: flowNames.get(target.id) ?? target.name }
      : target;

  return {
    ...analysis,
    threats: analysis.threats.map((threat) => ({
      ...threat,
      target: rename(threat.target),
    })),
    mitigations: analysis.mitigations.map((item) => ({
      ...item,
      target: rename(item.target),
    })),
  };
}
