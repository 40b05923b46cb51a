import {
  existsSync,
  mkdirSync,
  readFileSync,
  renameSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { join } from 'node:path';

import type { SiteState } from './types';

/**
 * Keeps the site's state in `<dataDir>/state.json`. Writes are debounced
 * (many changes in a burst make one write) and atomic: the JSON goes to a
 * temporary file first, then replaces the old file by rename, so a crash
 * leaves either the old state or the new one, never half of each. The
 * file is readable by its owner only: it holds threat models.
 */
export class Persister {
  private timer: NodeJS.Timeout | null = null;
  private pending: SiteState | null = null;

  constructor(
    private readonly dir: string | null,
    private readonly delayMs = 100,
  ) {}

  get file(): string | null {
    return this.dir === null ? null : join(this.dir, 'state.json');
  }

  load(): SiteState | null {
    const file = this.file;
    if (file === null || !existsSync(file)) return null;
    const parsed = JSON.parse(readFileSync(file, 'utf8')) as Partial<SiteState>;
    if (parsed.version !== 1) {
      throw new Error(`${file} has an unknown version; start with --reset`);
    }
    return parsed as SiteState;
  }

  schedule(state: SiteState): void {
    if (this.dir === null) return;
    this.pending = state;
    this.timer ??= setTimeout(() => {
      this.flush();
    }, this.delayMs);
    this.timer.unref();
  }

  /** Writes now whatever is pending. */
  flush(state?: SiteState): void {
    if (this.timer !== null) clearTimeout(this.timer);
    this.timer = null;
    const toWrite = state ?? this.pending;
    this.pending = null;
    const file = this.file;
    if (toWrite === null || file === null || this.dir === null) return;

    mkdirSync(this.dir, { recursive: true, mode: 0o700 });
    const temporary = `${file}.${process.pid}.tmp`;
    writeFileSync(temporary, JSON.stringify(toWrite), { mode: 0o600 });
    renameSync(temporary, file);
  }

  /** Forgets the saved state: the next start seeds afresh. */
  erase(): void {
    const file = this.file;
    if (file !== null) rmSync(file, { force: true });
  }
}
