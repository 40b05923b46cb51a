import { AppError } from './app-error';

/**
 * The largest answer a resolver sends, in bytes of JSON. Forge does not
 * promise a ceiling we could check here, so this stays well inside the few
 * MB an invocation answer can safely carry. In the compact wire form (see
 * wire.ts) it holds an epic of about 2,900 elements of the dense synthetic
 * model in test/app/large-model.ts (13 threats and 25 mitigation items an
 * element); one of 10,000 takes 13.6 MB and is refused.
 */
export const MAX_ANSWER_BYTES = 4 * 1024 * 1024;

/**
 * The size of a value sent as JSON, in UTF-8 bytes; infinite for one too
 * large to serialize at all.
 */
export function jsonBytes(value: unknown): number {
  let json: string;
  try {
    json = JSON.stringify(value);
  } catch (error) {
    if (error instanceof RangeError) return Number.POSITIVE_INFINITY;
    throw error;
  }
  return new TextEncoder().encode(json).byteLength;
}

/** A refusal the user can act on, instead of an answer the host drops. */
export function answerTooLarge(bytes: number): AppError {
  const size = Number.isFinite(bytes)
    ? `${megabytes(bytes, 'up')} MB`
    : 'far more';
  return new AppError(
    'INPUT_TOO_LARGE',
    `This is too large to show here (${size}; at most ` +
      `${megabytes(MAX_ANSWER_BYTES)} MB). Split the threat model into ` +
      'smaller epics, or analyze it with the threatmodel command.',
  );
}

/** One decimal; rounded up for a size over the limit, never down to it. */
function megabytes(bytes: number, round: 'up' | 'near' = 'near'): string {
  const tenths = (bytes / (1024 * 1024)) * 10;
  return (
    (round === 'up' ? Math.ceil(tenths) : Math.round(tenths)) / 10
  ).toFixed(1);
}
