import { AppError } from './app-error';
import type { AppStore } from './ports';
import { storageKeys } from './storage-keys';

/**
 * Values larger than one KVS entry (240 KiB) are stored as JSON text in
 * pieces under `<prefix>:<token>:<i>`, each piece written before the record
 * that points at it, so a reader never follows a pointer to a missing
 * piece. A small value stays inline in the pointing record. Decided over
 * refusing: a large analysis is normal, not a user error.
 */
export interface BlobRef {
  /** The JSON text, when it fits in the record itself. */
  readonly inline?: string;
  readonly token?: string;
  readonly parts?: number;
}

/** Bytes of JSON per piece, well under 240 KiB after KVS's own encoding. */
const PIECE_BYTES = 180_000;
const INLINE_BYTES = 150_000;
/** A model or analysis larger than this is refused as too large. */
export const MAX_BLOB_BYTES = 4 * 1024 * 1024;

const encoder = new TextEncoder();

export async function putBlob(
  store: AppStore,
  prefix: string,
  token: string,
  value: unknown,
  what: string,
): Promise<BlobRef> {
  const json = JSON.stringify(value);
  const bytes = jsonBytes(json);
  if (bytes > MAX_BLOB_BYTES) {
    throw new AppError(
      'INPUT_TOO_LARGE',
      `The ${what} takes ${kib(bytes)} KiB stored; the limit is ${kib(MAX_BLOB_BYTES)} KiB.`,
    );
  }
  if (bytes <= INLINE_BYTES) return { inline: json };

  const pieces = splitText(json);
  for (const [i, piece] of pieces.entries()) {
    await store.set(storageKeys.part(prefix, token, i), piece);
  }
  return { token, parts: pieces.length };
}

export async function getBlob(
  store: AppStore,
  prefix: string,
  ref: BlobRef,
): Promise<unknown> {
  if (ref.inline !== undefined) return JSON.parse(ref.inline) as unknown;

  const { token, parts } = pieceCount(ref);
  let json = '';
  for (let i = 0; i < parts; i++) {
    const piece = await store.get(storageKeys.part(prefix, token, i));
    if (typeof piece !== 'string') {
      throw new Error(`stored piece ${i} of ${parts} is missing`);
    }
    json += piece;
  }
  return JSON.parse(json) as unknown;
}

export async function deleteBlob(
  store: AppStore,
  prefix: string,
  ref: BlobRef,
): Promise<void> {
  if (ref.inline !== undefined) return;

  const { token, parts } = pieceCount(ref);
  for (let i = 0; i < parts; i++) {
    await store.delete(storageKeys.part(prefix, token, i));
  }
}

function pieceCount(ref: BlobRef): { token: string; parts: number } {
  if (ref.token === undefined || ref.parts === undefined) {
    throw new Error('stored value has neither inline text nor pieces');
  }
  return { token: ref.token, parts: ref.parts };
}

/** The size KVS counts: the UTF-8 bytes of the value's own JSON. */
function jsonBytes(text: string): number {
  return encoder.encode(JSON.stringify(text)).length;
}

/** Splits text so each piece, as a JSON string, fits PIECE_BYTES. */
function splitText(text: string): string[] {
  const pieces: string[] = [];
  let start = 0;
  while (start < text.length) {
    let length = Math.min(PIECE_BYTES, text.length - start);
    while (jsonBytes(text.slice(start, start + length)) > PIECE_BYTES) {
      length = Math.floor(length / 2);
    }
    pieces.push(text.slice(start, start + length));
    start += length;
  }
  return pieces;
}

function kib(bytes: number): number {
  return Math.ceil(bytes / 1024);
}
