import type { Problem } from '../../model/errors';
import { isRecord, text } from '../data/read';
import { optional } from '../fields';
import type { IdPool } from '../ids';
import type { ControlInput } from '../parts';
import { strideOf } from '../stride';
import { shown, toName, toText } from '../text';

export interface ThreatsRead {
  readonly controls: ControlInput[];
  readonly notes: Problem[];
}

/**
 * The threats people wrote on one cell. The model has no place for written
 * threats (the analysis finds its own), but a threat marked Mitigated says
 * a defence is in place: it becomes a preventive control covering the cell
 * for its STRIDE category, described by the mitigation text. Every other
 * threat is reported.
 */
export function readThreats(
  threats: readonly unknown[],
  target: string,
  path: string,
  pool: IdPool,
): ThreatsRead {
  const controls: ControlInput[] = [];
  const notes: Problem[] = [];
  threats.forEach((threat, i) => {
    if (!isRecord(threat)) return;

    const title = toName(text(threat, 'title')) ?? `Threat ${i + 1}`;
    const status = (text(threat, 'status') ?? 'open').toLowerCase();
    const stride = strideOf(text(threat, 'type') ?? '');
    if (status !== 'mitigated' || stride === undefined) {
      const why = 'the analysis finds its own threats';
      const message = `threat ${shown(title)} (${status}) is not imported: ${why}`;
      notes.push({ path: `${path}[${i}]`, message });
      return;
    }

    controls.push({
      id: pool.take(`${target}:mitigated-${i + 1}`, `control-${pool.size + 1}`),
      name: toName(`Mitigates: ${title}`) ?? title,
      type: 'preventive',
      covers: [target],
      stride: [stride],
      ...optional('description', toText(text(threat, 'mitigation'), 4000)),
    });
  });
  return { controls, notes };
}
