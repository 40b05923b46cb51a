import { randomBytes } from 'node:crypto';
import { lstat, open, rename, rm, stat } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { ThreatModelError } from '../model/errors';

/** What the command touches outside itself; tests pass their own. */
export interface CliIo {
  readonly stdout: (text: string) => void;
  readonly stderr: (text: string) => void;
  /** Reads a text file, refusing one larger than `maxBytes`. */
  readonly readFile: (path: string, maxBytes: number) => Promise<string>;
  /** Replaces a file so that readers see the old or the new, never half. */
  readonly writeFile: (path: string, text: string) => Promise<void>;
  readonly env: Readonly<Record<string, string | undefined>>;
}

export function nodeIo(): CliIo {
  quietWhenReaderLeaves(process.stdout);
  return {
    stdout: (text) => process.stdout.write(text),
    stderr: (text) => process.stderr.write(text),
    readFile: readLimited,
    writeFile: writeAtomically,
    env: process.env,
  };
}

const watched = new WeakSet<NodeJS.WriteStream>();

/**
 * `threatmodel analyze m.yaml | head` closes the pipe early: that is the
 * reader's choice, not a failure worth a stack trace. Other write errors
 * get one line.
 */
function quietWhenReaderLeaves(stream: NodeJS.WriteStream): void {
  if (watched.has(stream)) return;
  watched.add(stream);

  stream.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code === 'EPIPE') return;

    process.stderr.write(
      `threatmodel: cannot write the output: ${error.code ?? 'error'}\n`,
    );
    process.exitCode = 2;
  });
}

/**
 * Looks at the size before reading anything, and reads at most one byte
 * past the limit, so a huge or growing file never fills memory. Devices,
 * pipes and folders are refused before they are opened.
 */
export async function readLimited(
  path: string,
  maxBytes: number,
): Promise<string> {
  const info = await stat(path);
  if (!info.isFile()) {
    throw new ThreatModelError('UNSAFE_INPUT', 'is not a regular file');
  }
  if (info.size > maxBytes) throw tooLarge(info.size, maxBytes);

  const handle = await open(path, 'r');
  try {
    const buffer = Buffer.alloc(Math.min(info.size, maxBytes) + 1);
    let length = 0;
    while (length < buffer.length) {
      const { bytesRead } = await handle.read(
        buffer,
        length,
        buffer.length - length,
      );
      if (bytesRead === 0) break;
      length += bytesRead;
    }
    if (length > maxBytes) throw tooLarge(length, maxBytes);

    return decodeUtf8(buffer.subarray(0, length));
  } finally {
    await handle.close();
  }
}

function decodeUtf8(bytes: Uint8Array): string {
  try {
    return new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(
      bytes,
    );
  } catch {
    throw new ThreatModelError('PARSE_ERROR', 'is not UTF-8 text');
  }
}

function tooLarge(size: number, maxBytes: number): ThreatModelError {
  const mb = (bytes: number): string => (bytes / 1024 / 1024).toFixed(1);
  return new ThreatModelError(
    'INPUT_TOO_LARGE',
    `is ${mb(size)} MB or more; the limit is ${mb(maxBytes)} MB`,
  );
}

/**
 * Writes beside the target under a fresh name, flushes, then renames over
 * it. The file is readable by its owner only: reports are sensitive.
 */
export async function writeAtomically(
  path: string,
  text: string,
): Promise<void> {
  await refuseToReplace(path);

  const suffix = `${process.pid}.${randomBytes(6).toString('hex')}.tmp`;
  const temporary = join(dirname(path), `.${basename(path)}.${suffix}`);

  try {
    const handle = await open(temporary, 'wx', 0o600);
    try {
      await handle.writeFile(text, 'utf8');
      await handle.sync();
    } finally {
      await handle.close();
    }
    await rename(temporary, path);
  } catch (error) {
    await rm(temporary, { force: true });
    throw error;
  }
}

/**
 * A rename replaces whatever the path names, even as root: a device such
 * as /dev/null, a link, or a file someone made read-only. Only a missing
 * path or a writable regular file may be replaced.
 */
async function refuseToReplace(path: string): Promise<void> {
  const info = await lstat(path).catch((error: unknown) => {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw error;
  });
  if (info === undefined) return;

  if (!info.isFile()) {
    throw new ThreatModelError(
      'USAGE',
      'is not a regular file; --out writes only to a new or regular file',
    );
  }
  if ((info.mode & 0o222) === 0) {
    throw new ThreatModelError('USAGE', 'is read-only; it was left as it is');
  }
}
