import { parseCommand, type Command } from './args';
import { runAnalyze, runImport } from './commands';
import { EXIT_BAD_INPUT, EXIT_OK, describeFailure, printable } from './failure';
import { USAGE, VERSION } from './help';
import { nodeIo, type CliIo } from './io';

/**
 * The `threatmodel` command. Returns the exit status instead of exiting,
 * so tests run it in-process with their own files and streams.
 */
export async function main(
  argv: readonly string[],
  io: Partial<CliIo> = {},
): Promise<number> {
  const given: CliIo = { ...nodeIo(), ...io };
  const cli: CliIo = {
    ...given,
    stderr: (text) => {
      given.stderr(printable(text));
    },
  };

  try {
    return await run(parseCommand(argv), cli);
  } catch (error) {
    const lines = describeFailure(error, cli.env.THREATMODEL_DEBUG === '1');
    cli.stderr(`${lines.join('\n')}\n`);
    return EXIT_BAD_INPUT;
  }
}

async function run(command: Command, io: CliIo): Promise<number> {
  switch (command.kind) {
    case 'help':
      io.stdout(USAGE);
      return EXIT_OK;
    case 'version':
      io.stdout(`${VERSION}\n`);
      return EXIT_OK;
    case 'analyze':
      return runAnalyze(command, io);
    case 'import':
      return runImport(command, io);
  }
}
