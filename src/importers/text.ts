/** Small text helpers shared by the importers. */

const NAME_MAX = 200;
const SHOWN_MAX = 40;

/** A short, quoted form of outside text for messages: never a large chunk. */
export function shown(text: string): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  const cut = flat.length > SHOWN_MAX ? `${flat.slice(0, SHOWN_MAX)}…` : flat;
  return `'${cut}'`;
}

/**
 * How a message names a part of a file: by its name, else by its id, else
 * by where it is, so that a part with neither is never called `''`.
 */
export function describePart(
  noun: string,
  part: { readonly name?: string; readonly id?: string; readonly path: string },
): string {
  const name = toName(part.name);
  if (name !== undefined) return `${noun} ${shown(name)}`;

  const id = toName(part.id);
  if (id !== undefined) return `${noun} with id ${shown(id)}`;
  return `the unnamed ${noun} at ${part.path}`;
}

/** Collapses runs of white space (new lines included) and trims. */
export function flatten(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/** A display name within the model's 200 characters, or undefined when blank. */
export function toName(raw: string | undefined): string | undefined {
  if (raw === undefined) return undefined;

  const flat = flatten(raw);
  if (flat === '') return undefined;
  return flat.length > NAME_MAX ? `${flat.slice(0, NAME_MAX - 1)}…` : flat;
}

/** Text cut to `max` characters, or undefined when blank. */
export function toText(
  raw: string | undefined,
  max: number,
): string | undefined {
  if (raw === undefined) return undefined;

  const trimmed = raw.trim();
  if (trimmed === '') return undefined;
  return trimmed.length > max ? `${trimmed.slice(0, max - 1)}…` : trimmed;
}

/**
 * A lower-case id made of words joined by `-`: "Trust Boundary: DMZ"
 * becomes `trust-boundary-dmz`. Empty when nothing usable is left.
 */
export function slugify(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 64)
    .replace(/-+$/, '');
}

/** A key of the file as part of a path in a message: never a large chunk. */
export function keyOf(key: string): string {
  return key.length > 60 ? `${key.slice(0, 60)}…` : key;
}

/** "src/shop.mmd" becomes "shop". */
export function baseName(fileName: string): string {
  const last = fileName.split(/[\\/]/).pop() ?? '';
  const dot = last.lastIndexOf('.');
  return dot > 0 ? last.slice(0, dot) : last;
}

/** Words of a name or id, split at case changes, digits and punctuation. */
export function words(text: string): string {
  return text
    .replace(/([a-z0-9])([A-Z])/g, '$1 $2')
    .replace(/([A-Z]+)([A-Z][a-z])/g, '$1 $2')
    .replace(/[_\-./\\]+/g, ' ')
    .toLowerCase();
}
