import type { Catalog, Mitigation } from '../catalog/schema';
import type { ThreatModel } from '../model/schema';
import { severityRank } from '../model/vocabulary';
import { regulationBits } from './profile';
import {
  controlsOn,
  effectsOn,
  indexControls,
  residualRisk,
  type ControlIndex,
  type Effect,
} from './residual';
import { inherentRisk, riskBasis, type RiskBasis } from './risk';
import type { Finding } from './threats';
import type { ResidualRisk, Risk, Threat } from './types';

/** A finding with its inherent and residual risk. */
export interface Assessment {
  readonly finding: Finding;
  readonly basis: RiskBasis;
  readonly effects: readonly Effect[];
  readonly inherent: Risk;
  readonly residual: ResidualRisk;
}

export interface AssessContext {
  readonly controls: ControlIndex;
  readonly implemented: ReadonlySet<string>;
  readonly mitigations: ReadonlyMap<string, Mitigation>;
}

export function assessContext(
  model: ThreatModel,
  catalog: Catalog,
  implemented: readonly string[],
): AssessContext {
  const mitigations = new Map<string, Mitigation>();
  for (const mitigation of catalog.mitigations) {
    if (!mitigations.has(mitigation.id))
      mitigations.set(mitigation.id, mitigation);
  }
  return {
    controls: indexControls(model.controls),
    implemented: new Set(implemented),
    mitigations,
  };
}

export function assess(
  findings: readonly Finding[],
  model: ThreatModel,
  context: AssessContext,
): Assessment[] {
  const systemRegulations = regulationBits(model.system.regulations);
  const controlTypeOf = (id: string) =>
    context.mitigations.get(id)?.controlType;

  return findings.map((finding) => {
    const basis = riskBasis(finding, systemRegulations);
    const controls = controlsOn(context.controls, finding.target.ref.id);
    const effects = effectsOn(
      finding,
      controls,
      context.implemented,
      controlTypeOf,
    );
    return {
      finding,
      basis,
      effects,
      inherent: inherentRisk(basis),
      residual: residualRisk(basis, effects),
    };
  });
}

export function toThreat(
  assessment: Assessment,
  model: ThreatModel,
  mitigations: ReadonlyMap<string, Mitigation>,
): Threat {
  const { finding, inherent, residual } = assessment;
  const { rule, target, actor } = finding;
  const tolerance = severityRank(model.system.riskTolerance);

  return {
    id: finding.id,
    ruleId: rule.id,
    title: rule.title,
    description: rule.description,
    stride: [...rule.stride],
    target: { ...target.ref },
    actor: { id: actor.id, name: actor.name, kind: actor.kind },
    attackVector: rule.attackVector,
    inherent,
    residual,
    aboveTolerance: severityRank(residual.severity) > tolerance,
    mitigations: mitigationKeys(finding, mitigations),
    references: {
      cwe: [...rule.cwe],
      capec: [...rule.capec],
      owasp: [...rule.owasp],
      owaspApi: [...rule.owaspApi],
    },
  };
}

/** Keys of the finding's mitigation items, in the rule's order. */
export function mitigationKeys(
  finding: Finding,
  mitigations: ReadonlyMap<string, Mitigation>,
): string[] {
  const ids = finding.rule.mitigations.filter((id) => mitigations.has(id));
  return [...new Set(ids)].map((id) => `${id}@${finding.target.ref.id}`);
}
