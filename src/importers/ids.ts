import { slugify } from './text';

/**
 * The model's id pattern (src/model/schema.ts `Id`), checked here without
 * the schema so that tens of thousands of ids cost little; a test keeps
 * the two in step.
 */
const ID = /^[A-Za-z0-9_][A-Za-z0-9_.:@/>#-]{0,127}$/;

/** True when the text is a valid model id. */
export function isValidId(text: string): boolean {
  return ID.test(text);
}

/**
 * Hands out ids that are valid and unique within one model list (elements
 * and flows share one pool, as the model requires). A repeat of `a` becomes
 * `a#2`, `a#3` and so on.
 */
export class IdPool {
  private readonly taken = new Set<string>();
  private readonly repeats = new Map<string, number>();

  get size(): number {
    return this.taken.size;
  }

  /**
   * The candidate itself when valid and free; else its slug; else the
   * fallback; each made unique with a `#n` suffix.
   */
  take(candidate: string, fallback: string): string {
    const base = this.validBase(candidate, fallback);
    let id = base;
    let n = this.repeats.get(base) ?? 1;
    while (this.taken.has(id)) {
      n += 1;
      id = `${base}#${n}`;
    }

    this.repeats.set(base, n);
    this.taken.add(id);
    return id;
  }

  private validBase(candidate: string, fallback: string): string {
    if (candidate.length <= 120 && isValidId(candidate)) return candidate;

    const slug = slugify(candidate);
    if (slug !== '' && isValidId(slug)) return slug;
    return fallback;
  }
}
