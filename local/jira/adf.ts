import { validator } from '@atlaskit/adf-utils/validator';
import type { ADFEntity } from '@atlaskit/adf-utils/types';

import { isRecord } from '../http';

/**
 * Checks a description or comment body the way Jira's v3 API does: it must
 * be an Atlassian Document Format document. The check uses Atlassian's own
 * validator; its error callback collects problems (it would otherwise still
 * answer `valid: true`).
 */

let quietFlags = false;

/** The validator asks a feature-gate client that is not set up outside
 *  Atlassian products and logs an error once; answering "off" silences it. */
function silenceFeatureGates(): void {
  if (quietFlags) return;
  quietFlags = true;
  try {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const flags = require('@atlaskit/platform-feature-flags') as {
      setBooleanFeatureFlagResolver?: (resolve: () => boolean) => void;
    };
    flags.setBooleanFeatureFlagResolver?.(() => false);
  } catch {
    // TODO: drop this once @atlaskit/adf-utils stops consulting feature gates
  }
}

const validate = (() => {
  let instance: ReturnType<typeof validator> | null = null;
  return (): ReturnType<typeof validator> => {
    silenceFeatureGates();
    instance ??= validator();
    return instance;
  };
})();

/** Problems with an ADF document; empty when it is valid. */
export function adfProblems(document: unknown): string[] {
  if (!isRecord(document) || document['type'] !== 'doc') {
    return ['not an Atlassian Document'];
  }
  if (document['version'] !== 1 || !Array.isArray(document['content'])) {
    return ['an Atlassian Document needs version 1 and a content array'];
  }

  const problems: string[] = [];
  try {
    validate()(document as unknown as ADFEntity, (_entity, error) => {
      problems.push(error.message);
      return undefined;
    });
  } catch (error) {
    problems.push(error instanceof Error ? error.message : 'invalid document');
  }
  return problems;
}

export const ADF_REQUIRED =
  'Operation value must be an Atlassian Document (see the Atlassian Document Format)';

/** A one-paragraph ADF document, for seeds and comments. */
export function paragraph(text: string): Record<string, unknown> {
  return {
    type: 'doc',
    version: 1,
    content: [{ type: 'paragraph', content: [{ type: 'text', text }] }],
  };
}

/** The plain text of an ADF document, for the HTML views. */
export function plainText(document: unknown): string {
  if (!isRecord(document)) return '';
  if (typeof document['text'] === 'string') return document['text'];
  const content = Array.isArray(document['content']) ? document['content'] : [];
  const blocks = ['paragraph', 'heading', 'listItem', 'codeBlock'];
  const joiner = blocks.includes(String(document['type'])) ? '' : '\n';
  return content.map(plainText).join(joiner).trim();
}
