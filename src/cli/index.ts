/**
 * The entry point: the only place that sets the exit code.
 * 0 success, 1 a query found nothing, 2 an error (one line on stderr, no stack for user errors).
 */
import { CommanderError } from 'commander';
import { EventlineError, ExitError } from '../model/errors.js';
import { buildProgram } from './program.js';

export async function main(argv: string[]): Promise<number> {
  const program = buildProgram();
  program.exitOverride();
  program.configureOutput({ writeErr: (s) => process.stderr.write(s) });
  try {
    await program.parseAsync(argv);
    return 0;
  } catch (err) {
    if (err instanceof ExitError) {
      if (err.message) process.stderr.write(`eventline: ${err.message}\n`);
      return err.code;
    }
    if (err instanceof CommanderError) {
      // help and version exit 0; commander already printed its message
      return err.exitCode === 0 ? 0 : 2;
    }
    if (err instanceof EventlineError) {
      process.stderr.write(`eventline: ${err.message}\n`);
      return 2;
    }
    const e = err as Error;
    process.stderr.write(`eventline: internal error: ${e?.message ?? String(err)}\n`);
    if (process.env.EVENTLINE_DEBUG) process.stderr.write(`${e?.stack ?? ''}\n`);
    else process.stderr.write('eventline: (set EVENTLINE_DEBUG=1 for the stack trace, and please report it)\n');
    return 2;
  }
}

// A closed pipe (`eventline export | head`) is not an error: stop writing, keep the exit code.
for (const stream of [process.stdout, process.stderr]) {
  stream.on('error', (err: NodeJS.ErrnoException) => {
    if (err.code === 'EPIPE') process.exit(process.exitCode ?? 0);
    throw err;
  });
}

const code = await main(process.argv);
process.exitCode = code;
