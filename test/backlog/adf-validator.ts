import { validator } from '@atlaskit/adf-utils/validator';

/**
 * Building the validator asks Atlassian's feature-gate client for a flag;
 * uninitialised outside Atlassian, it warns once. The warning is noise
 * here, so it is held back while the validator is built.
 */
const validate = withoutWarnings(() => validator());

function withoutWarnings<T>(build: () => T): T {
  const warn = console.warn;
  console.warn = () => undefined;
  try {
    return build();
  } finally {
    console.warn = warn;
  }
}

/**
 * The ADF schema errors of a document, per Atlassian's validator. Without
 * an error callback it throws on the first error. With one it answers
 * `valid: true` whatever happens, and also reports marks that only fail
 * the first of several specs a node may match (a `code` mark fails
 * `text_formatted` before passing `text_code_inline`), so the throwing
 * form is the one that judges; the document must also come back as sent.
 */
export function adfErrors(doc: unknown): string[] {
  try {
    const result = validate(doc as Parameters<typeof validate>[0]);
    if (!result.valid) return ['the validator answered valid: false'];
    if (JSON.stringify(result.entity) !== JSON.stringify(doc)) {
      return ['the validator changed the document'];
    }
    return [];
  } catch (error) {
    return [error instanceof Error ? error.message : String(error)];
  }
}
