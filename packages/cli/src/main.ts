import { isNimbusError } from '@nimbus/core';
import { CommanderError } from 'commander';
import { createContext } from './context.js';
import { EXIT, exitCodeFor } from './exit-codes.js';
import type { OutputStreams } from './output.js';
import { buildProgram } from './program.js';
import { renderError } from './render/error.js';

/** Runs `nimbus` with the given argv and returns the exit code. Never throws. */
export const main = async (
  argv: readonly string[],
  streams: OutputStreams = { stdout: process.stdout, stderr: process.stderr },
  cwd = process.cwd(),
): Promise<number> => {
  const ctx = createContext(streams, cwd);
  const program = buildProgram(ctx);
  const json = argv.includes('--json');
  const debug = argv.includes('--debug');
  try {
    await program.parseAsync([...argv]);
    return ctx.exitCode;
  } catch (err) {
    if (err instanceof CommanderError) {
      const done = ['commander.helpDisplayed', 'commander.version', 'commander.help'].includes(err.code);
      return done ? EXIT.ok : EXIT.usage;
    }
    if (isNimbusError(err)) {
      streams.stderr.write(`${renderError(err, json)}\n`);
      if (debug && err.stack) streams.stderr.write(`${err.stack}\n`);
      return exitCodeFor(err.code);
    }
    const message = err instanceof Error ? err.message : String(err);
    streams.stderr.write(
      json
        ? `${JSON.stringify({ error: { code: 'INTERNAL', message } })}\n`
        : `nimbus: unexpected error: ${message}\n${debug && err instanceof Error ? err.stack : 'Run again with --debug for details, and please report it.'}\n`,
    );
    return EXIT.internal;
  }
};
