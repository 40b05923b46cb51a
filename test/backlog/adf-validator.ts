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

type Entity = Parameters<typeof validate>[0];

/**
 * The ADF schema errors of a document, judged both ways Atlassian's
 * validator offers. Without an error callback it throws on the first
 * error. With one it answers `valid: true` whatever happens, so the
 * callback's reports are collected; that way is the stricter (it also
 * reports a `code` mark, which fails `text_formatted` before it passes
 * `text_code_inline`), and checkers such as the local site's use it.
 */
export function adfErrors(doc: unknown): string[] {
  const errors: string[] = [];

  validate(doc as Entity, (entity, error) => {
    errors.push(`${entity.type}: ${error.message}`);
    return undefined;
  });

  try {
    const result = validate(doc as Entity);
    if (JSON.stringify(result.entity) !== JSON.stringify(doc)) {
      errors.push('the validator changed the document');
    }
  } catch (error) {
    errors.push(error instanceof Error ? error.message : String(error));
  }

  return errors;
}
