import type { Problem } from '../../model/errors';
import type { Stride } from '../../model/vocabulary';
import { isRecord, text } from '../data/read';
import type { IdPool } from '../ids';
import type { ControlInput } from '../parts';
import { shown, toName, toText } from '../text';

/** Threat Dragon threat types with a STRIDE meaning, including its CIA ones. */
const STRIDE_OF: Readonly<Record<string, Stride>> = {
  spoofing: 'S',
  tampering: 'T',
  repudiation: 'R',
  'information disclosure': 'I',
  'denial of service': 'D',
  'elevation of privilege': 'E',
  confidentiality: 'I',
  integrity: 'T',
  availability: 'D',
};

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
    const at = `${path}[${i}]`;
    if (!isRecord(threat)) return;

    const title = toName(text(threat, 'title')) ?? `Threat ${i + 1}`;
    const status = (text(threat, 'status') ?? 'open').toLowerCase();
    const stride = STRIDE_OF[(text(threat, 'type') ?? '').toLowerCase()];
    if (status !== 'mitigated' || stride === undefined) {
      notes.push({
        path: at,
        message: `threat ${shown(title)} (${status}) is not imported: the analysis finds its own threats`,
      });
      return;
    }

    const description = toText(text(threat, 'mitigation'), 4000);
    controls.push({
      id: pool.take(`${target}:mitigated-${i + 1}`, `control-${pool.size + 1}`),
      name: toName(`Mitigates: ${title}`) ?? title,
      type: 'preventive',
      covers: [target],
      stride: [stride],
      ...(description === undefined ? {} : { description }),
    });
  });
  return { controls, notes };
}
