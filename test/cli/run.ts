import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { main } from '../../src/cli/main';
import type { CliIo } from '../../src/cli/io';

export interface Run {
  readonly code: number;
  readonly stdout: string;
  readonly stderr: string;
}

/** Runs the command in-process, capturing what it prints. */
export async function run(
  argv: string[],
  io: Partial<CliIo> = {},
): Promise<Run> {
  let stdout = '';
  let stderr = '';
  const code = await main(argv, {
    stdout: (text) => {
      stdout += text;
    },
    stderr: (text) => {
      stderr += text;
    },
    env: {},
    ...io,
  });
  return { code, stdout, stderr };
}

/** A scratch folder for one test, removed after it. */
export function useScratch(): {
  path: (name: string) => string;
  write: (name: string, text: string) => Promise<string>;
} {
  let folder = '';
  beforeEach(async () => {
    folder = await mkdtemp(join(tmpdir(), 'threatmodel-cli-'));
  });
  afterEach(async () => {
    await rm(folder, { recursive: true, force: true });
  });

  const path = (name: string): string => join(folder, name);
  return {
    path,
    write: async (name, text) => {
      await writeFile(path(name), text);
      return path(name);
    },
  };
}

export const EXAMPLE = join(
  __dirname,
  '..',
  '..',
  'examples',
  'ecommerce-payments.yaml',
);

/** Text to match literally inside a regular expression. */
export function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
