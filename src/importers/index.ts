import { ThreatModelError } from '../model/errors';
import { identify } from './detect';
import type { Imported } from './imported';
import { checkSize } from './limits';
import { importMermaidFile } from './mermaid-file';
import { readModelFile } from './model-format/read';
import { readOtm } from './otm';
import { readPytm } from './pytm';
import { readThreagile } from './threagile';
import { readThreatDragon } from './threat-dragon';
import type { ImportFormat, ImportOptions, ImportResult } from './types';

export { exportModel, type ExportFormat } from './model-format/export';
export { MAX_INPUT_BYTES } from './limits';
export * from './types';

/**
 * Turns a file's text into a validated model. The format is detected from
 * the content (the file name's extension helps) unless named. Throws a
 * ThreatModelError: PARSE_ERROR, UNSUPPORTED_FORMAT, INPUT_TOO_LARGE,
 * UNSAFE_INPUT or INVALID_MODEL; never anything else.
 */
export function importModel(
  text: string,
  options: ImportOptions = {},
): ImportResult {
  const source = options.fileName === undefined ? 'the text' : 'the file';
  checkSize(text, source);

  return guarded(source, () => {
    const { format, data } = identify(text, options.fileName, options.format);
    const imported = importAs(format, text, data, options.fileName);
    return { model: imported.model, format, skipped: imported.skipped };
  });
}

/** The format of a file; throws UNSUPPORTED_FORMAT naming the file when it is none we read. */
export function detectFormat(text: string, fileName?: string): ImportFormat {
  const source = fileName === undefined ? 'the text' : 'the file';
  checkSize(text, source);

  return guarded(source, () => identify(text, fileName).format);
}

/** Lets ThreatModelErrors through and turns anything else into one, without its stack. */
function guarded<T>(source: string, read: () => T): T {
  try {
    return read();
  } catch (error) {
    if (error instanceof ThreatModelError) throw error;
    throw new ThreatModelError(
      'PARSE_ERROR',
      `${source} could not be read (an internal error)`,
    );
  }
}

function importAs(
  format: ImportFormat,
  text: string,
  data: unknown,
  fileName: string | undefined,
): Imported {
  switch (format) {
    case 'mermaid':
      return importMermaidFile(text, fileName);
    case 'model':
      return readModelFile(data);
    case 'threat-dragon':
      return readThreatDragon(data);
    case 'threagile':
      return readThreagile(data);
    case 'otm':
      return readOtm(data);
    case 'pytm':
      return readPytm(data);
  }
}
