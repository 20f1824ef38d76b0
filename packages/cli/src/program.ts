import { Command } from 'commander';
import { registerAudit } from './commands/audit.js';
import { registerBackup } from './commands/backup.js';
import { registerCatalog } from './commands/catalog/index.js';
import { registerCollect } from './commands/collect.js';
import { registerEvidence } from './commands/evidence.js';
import { registerScan } from './commands/scan.js';
import { registerServe } from './commands/serve.js';
import { registerSoa } from './commands/soa.js';
import { registerUser } from './commands/user.js';
import type { CommandContext } from './context.js';
import { VERSION } from './version.js';

/** The `nimbus` command tree. Commands register themselves; nothing runs until parse. */
export const buildProgram = (ctx: CommandContext): Command => {
  const program = new Command('nimbus')
    .description('Nimbus: ISO/IEC 27017 compliance for cloud providers and their customers')
    .version(VERSION, '-V, --version')
    .option('--debug', 'print stack traces of unexpected errors')
    .showHelpAfterError()
    .configureOutput({
      writeOut: (s) => void ctx.streams.stdout.write(s),
      writeErr: (s) => void ctx.streams.stderr.write(s),
    });
  registerCatalog(program, ctx);
  registerServe(program, ctx);
  registerUser(program, ctx);
  registerAudit(program, ctx);
  registerBackup(program, ctx);
  registerEvidence(program, ctx);
  registerSoa(program, ctx);
  registerScan(program, ctx);
  registerCollect(program, ctx);
  const exitOverride = (cmd: Command) => {
    cmd.exitOverride();
    for (const sub of cmd.commands) exitOverride(sub);
  };
  exitOverride(program);
  return program;
};
