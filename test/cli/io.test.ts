import {
  chmod,
  lstat,
  mkdtemp,
  readdir,
  readFile,
  rm,
  stat,
  symlink,
  truncate,
  writeFile,
} from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { readLimited, writeAtomically } from '../../src/cli/io';
import { ThreatModelError } from '../../src/model/errors';

describe('readLimited', () => {
  let folder: string;
  beforeEach(async () => {
    folder = await mkdtemp(join(tmpdir(), 'threatmodel-io-'));
  });
  afterEach(async () => {
    await rm(folder, { recursive: true, force: true });
  });

  it('reads UTF-8 text and drops a byte-order mark', async () => {
    const file = join(folder, 'model.yaml');
    await writeFile(file, '\ufeffname: café\n');

    await expect(readLimited(file, 100)).resolves.toBe('name: café\n');
  });

  it('refuses a file over the limit by its size, before reading it', async () => {
    const file = join(folder, 'huge.yaml');
    await writeFile(file, '');
    await truncate(file, 5 * 1024 * 1024 + 1);

    await expect(readLimited(file, 5 * 1024 * 1024)).rejects.toMatchObject({
      code: 'INPUT_TOO_LARGE',
    });
  });

  it('refuses a folder and text that is not UTF-8', async () => {
    const file = join(folder, 'latin1.txt');
    await writeFile(file, Buffer.from([0x63, 0x61, 0x66, 0xe9]));

    await expect(readLimited(folder, 100)).rejects.toBeInstanceOf(
      ThreatModelError,
    );
    await expect(readLimited(file, 100)).rejects.toMatchObject({
      code: 'PARSE_ERROR',
    });
  });
});

describe('writeAtomically', () => {
  let folder: string;
  beforeEach(async () => {
    folder = await mkdtemp(join(tmpdir(), 'threatmodel-io-'));
  });
  afterEach(async () => {
    await rm(folder, { recursive: true, force: true });
  });

  it('replaces the file whole and leaves no temporary file behind', async () => {
    const file = join(folder, 'report.md');
    await writeFile(file, 'old');

    await writeAtomically(file, 'new report');

    await expect(readFile(file, 'utf8')).resolves.toBe('new report');
    expect(await readdir(folder)).toEqual(['report.md']);
    expect((await stat(file)).mode & 0o777).toBe(0o600);
  });

  it('refuses to replace a link, and leaves what it points at alone', async () => {
    const target = join(folder, 'kept.md');
    const link = join(folder, 'link.md');
    await writeFile(target, 'kept');
    await symlink(target, link);

    await expect(writeAtomically(link, 'new')).rejects.toMatchObject({
      code: 'USAGE',
    });
    await expect(readFile(target, 'utf8')).resolves.toBe('kept');
    expect((await lstat(link)).isSymbolicLink()).toBe(true);
  });

  it('refuses to replace a device', async () => {
    await expect(writeAtomically('/dev/null', 'x')).rejects.toMatchObject({
      code: 'USAGE',
    });
    expect((await lstat('/dev/null')).isCharacterDevice()).toBe(true);
  });

  it('refuses to replace a read-only file', async () => {
    const file = join(folder, 'frozen.md');
    await writeFile(file, 'frozen');
    await chmod(file, 0o444);

    await expect(writeAtomically(file, 'new')).rejects.toMatchObject({
      code: 'USAGE',
    });
    await expect(readFile(file, 'utf8')).resolves.toBe('frozen');
  });

  it('leaves nothing behind when the folder does not exist', async () => {
    const file = join(folder, 'missing', 'report.md');

    await expect(writeAtomically(file, 'x')).rejects.toMatchObject({
      code: 'ENOENT',
    });
    expect(await readdir(folder)).toEqual([]);
  });
});
