// The command line's dispatcher: global flags, the command, and the one place that turns
// whatever went wrong into one line on standard error and an exit code.
import { answer } from './commands/answer';
import { generate } from './commands/generate';
import { list } from './commands/list';
import { read } from './commands/read';
import { request } from './commands/request';
import { requests } from './commands/requests';
import { reveal } from './commands/reveal';
import { revoke } from './commands/revoke';
import { server } from './commands/server';
import { share } from './commands/share';
import { outcomeOf, UsageError } from './errors';
import { EXIT } from './exit-codes';
import { HELP } from './help';
import { note, type Io } from './io';
import { version } from './version';

type Command = (args: string[], io: Io) => Promise<number>;

const COMMANDS: Record<string, Command> = {
  share,
  generate,
  reveal,
  list,
  revoke,
  server,
  request,
  answer,
  requests,
  read,
};

export async function run(argv: string[], io: Io): Promise<number> {
  const [first, ...rest] = argv;
  try {
    if (first === undefined) {
      io.stderr.write(HELP.main!);
      return EXIT.USAGE;
    }
    if (first === '-h' || first === '--help') {
      io.stdout.write(HELP.main!);
      return EXIT.OK;
    }
    if (first === 'help') {
      const topic = rest[0] && COMMANDS[rest[0]] ? rest[0] : 'main';
      io.stdout.write(HELP[topic]!);
      return EXIT.OK;
    }
    if (first === '-v' || first === '--version') {
      io.stdout.write(`oncelink ${version()}\n`);
      return EXIT.OK;
    }
    const command = Object.hasOwn(COMMANDS, first) ? COMMANDS[first] : undefined;
    if (!command) {
      throw new UsageError(`unknown command ${JSON.stringify(first)}: see oncelink --help`);
    }
    return await command(rest, io);
  } catch (err) {
    const { exit, message } = outcomeOf(err);
    note(io, `oncelink: ${message}`);
    return exit;
  }
}
