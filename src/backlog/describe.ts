import type { MitigationItem, Threat } from '../analysis/types';
import { STRIDE_NAMES } from '../model/vocabulary';
import {
  inlineCard,
  type AdfBlock,
  type AdfDoc,
  type AdfInline,
  bulletList,
  doc,
  heading,
  paragraph,
  strong,
  text,
} from './adf';

/** The epic a ticket points back to. */
export interface EpicLink {
  readonly key: string;
  readonly summary: string;
  /**
   * The epic's browse address, absolute (https) or relative to the site
   * (`/browse/KEY`); shown as a card. Without one the key is plain text.
   */
  readonly url?: string;
}

const MAX_THREATS = 25;
const MAX_CRITERIA = 30;

/**
 * A ticket description in ADF: where it came from, what to build, the
 * threats it answers and how to know it is done. Every piece of model or
 * issue text goes into a text node, which Jira never reads as markup.
 */
export function describeTicket(
  item: MitigationItem,
  threats: readonly Threat[],
  epic: EpicLink,
): AdfDoc {
  const answered = threats.filter((threat) => item.threats.includes(threat.id));

  return doc(
    paragraph(
      text('From the threat model of epic '),
      ...epicReference(epic),
      ...(epic.summary.trim() === ''
        ? [text('.')]
        : [text(' ('), text(epic.summary), text(').')]),
    ),
    heading(3, 'Mitigation'),
    paragraph(text(item.description)),
    paragraph(
      text('Control type: ', [strong]),
      text(item.controlType),
      text('. Protects: ', [strong]),
      text(item.target.name),
      text(` (${item.target.kind}).`),
    ),
    heading(3, 'Threats it mitigates'),
    ...threatList(answered),
    heading(3, 'Acceptance criteria'),
    bulletList(
      item.acceptanceCriteria
        .slice(0, MAX_CRITERIA)
        .map((line) => [text(line)]),
      'None given.',
    ),
    asvsParagraph(item.asvs),
    paragraph(text('Mitigation key: '), text(item.key, [strong])),
  );
}

/** The comment on a ticket whose mitigation left an epic's model. */
export function describeObsolete(epic: EpicLink): AdfDoc {
  return doc(
    paragraph(
      text('The threat model of epic '),
      ...epicReference(epic),
      text(
        ' no longer calls for this mitigation. The ticket is kept; close it ' +
          'if no other epic needs it.',
      ),
    ),
  );
}

function epicReference(epic: EpicLink): AdfInline[] {
  if (epic.url !== undefined && isSafeUrl(epic.url)) {
    return [inlineCard(epic.url)];
  }
  return [text(epic.key, [strong])];
}

/** An https address or a path on the same site; nothing else is linked. */
export function isSafeUrl(url: string): boolean {
  if (/^\/(?![/\\])[^\s]*$/.test(url)) return true;
  return /^https:\/\/[^\s/?#]+(\/[^\s]*)?$/i.test(url);
}

function threatList(threats: readonly Threat[]): AdfBlock[] {
  const shown = threats.slice(0, MAX_THREATS).map(threatLine);
  const list = bulletList(shown, 'No threat from the current analysis.');
  const hidden = threats.length - shown.length;

  return hidden > 0
    ? [list, paragraph(text(`And ${hidden} more threats.`))]
    : [list];
}

function threatLine(threat: Threat): AdfInline[] {
  const stride = threat.stride
    .map((letter) => `${STRIDE_NAMES[letter]} (${letter})`)
    .join(', ');
  const residual = threat.residual;

  return [
    text(threat.title, [strong]),
    text(` — STRIDE: ${stride}; residual risk: `),
    text(`${residual.severity} (${residual.score.toFixed(1)})`),
    text('; attack vector: '),
    text(threat.attackVector),
    text('.'),
  ];
}

function asvsParagraph(references: readonly string[]): AdfBlock {
  if (references.length === 0) {
    return paragraph(text('ASVS references: ', [strong]), text('none.'));
  }

  return paragraph(
    text('ASVS references: ', [strong]),
    text(`${references.join(', ')}.`),
  );
}
