// The `oncelink` command's entry: run, let the output drain, exit with the command's code.
import { EXIT } from './exit-codes';
import { processIo } from './io';
import { run } from './run';

// A reader that went away (`oncelink reveal … | head -c 5`): stop quietly, no stack trace.
for (const stream of [process.stdout, process.stderr]) {
  stream.on('error', () => process.exit(EXIT.OTHER));
}

const code = await run(process.argv.slice(2), processIo());

// Exit explicitly (idle HTTP sockets or stdin must not keep the process up), once both
// streams have flushed what was written.
const drained = (s: NodeJS.WriteStream) => new Promise<void>((r) => s.write('', () => r()));
await Promise.all([drained(process.stdout), drained(process.stderr)]);
process.exit(code);
