import { randomBytes, randomUUID } from 'node:crypto';
import { NimbusError, ROLES, type Role } from '@nimbus/core';
import { type Command, Option } from 'commander';
import type { CommandContext } from '../context.js';

import { readPassword } from '../read-secret.js';

export const registerUser = (program: Command, ctx: CommandContext) => {
  const user = program
    .command('user')
    .description('operator commands on accounts (act on the database directly)');

  user
    .command('create')
    .description('create an account, optionally as a member of an organization')
    .requiredOption('--email <email>', 'sign-in email')
    .requiredOption('--name <name>', 'display name')
    .option('--org <orgId>', 'add the account to this organization')
    .addOption(new Option('--role <role>', 'role in --org').choices([...ROLES]).default('viewer'))
    .option('--password-stdin', 'read the password from standard input (otherwise prompt, or generate one)')
    .action(
      async (opts: { email: string; name: string; org?: string; role: Role; passwordStdin?: boolean }) => {
        const { checkPasswordPolicy, hashPassword } = await import('@nimbus/server');
        const { withRuntime } = await import('../operator.js');
        const storage = await import('@nimbus/storage');
        let password = await readPassword(Boolean(opts.passwordStdin));
        const generated = !password;
        password ??= randomBytes(15).toString('base64url');
        checkPasswordPolicy(password, [opts.email.split('@')[0] ?? '', opts.name]);
        const hash = await hashPassword(password);
        await withRuntime(ctx, {}, async ({ deps }) => {
          const at = deps.now().toISOString();
          await deps.store.db.transaction().execute(async (trx) => {
            if (await storage.findUserByEmail(trx, opts.email))
              throw new NimbusError('ALREADY_EXISTS', `an account for ${opts.email} exists`);
            if (opts.org && !(await storage.getOrganization(trx, opts.org)))
              throw new NimbusError('NOT_FOUND', `no organization "${opts.org}"`);
            const u = await storage.insertUser(trx, {
              id: randomUUID(),
              email: opts.email,
              name: opts.name,
              passwordHash: hash,
              createdAt: at,
            });
            const event = {
              at,
              actorId: null,
              actorLabel: 'operator (nimbus user create)',
              targetType: 'user',
              targetId: u.id,
            };
            await storage.appendAudit(trx, deps.store.dialect, {
              ...event,
              orgId: storage.SYSTEM_CHAIN,
              action: 'user.created',
              changes: { email: { from: null, to: u.email } },
            });
            if (opts.org) {
              await storage.upsertMembership(trx, {
                orgId: opts.org,
                userId: u.id,
                role: opts.role,
                createdAt: at,
              });
              await storage.appendAudit(trx, deps.store.dialect, {
                ...event,
                orgId: opts.org,
                action: 'member.added',
                changes: { role: { from: null, to: opts.role } },
              });
            }
          });
        });
        ctx.streams.stdout.write(
          `created ${opts.email}${opts.org ? ` (${opts.role} in ${opts.org})` : ''}\n`,
        );
        if (generated) ctx.streams.stdout.write(`password (shown once): ${password}\n`);
      },
    );

  user
    .command('reset-password')
    .description('set a new password and sign the account out everywhere')
    .requiredOption('--email <email>', 'the account')
    .option(
      '--password-stdin',
      'read the new password from standard input (otherwise prompt, or generate one)',
    )
    .action(async (opts: { email: string; passwordStdin?: boolean }) => {
      const { checkPasswordPolicy, hashPassword } = await import('@nimbus/server');
      const { withRuntime } = await import('../operator.js');
      const storage = await import('@nimbus/storage');
      let password = await readPassword(Boolean(opts.passwordStdin));
      const generated = !password;
      password ??= randomBytes(15).toString('base64url');
      checkPasswordPolicy(password, [opts.email.split('@')[0] ?? '']);
      const hash = await hashPassword(password);
      await withRuntime(ctx, {}, async ({ deps }) => {
        const at = deps.now().toISOString();
        await deps.store.db.transaction().execute(async (trx) => {
          const found = await storage.findUserByEmail(trx, opts.email);
          if (!found) throw new NimbusError('NOT_FOUND', `no account for ${opts.email}`);
          await storage.setPasswordHash(trx, found.user.id, hash);
          await storage.revokeUserSessions(trx, found.user.id, at);
          await storage.appendAudit(trx, deps.store.dialect, {
            orgId: storage.SYSTEM_CHAIN,
            at,
            actorId: null,
            actorLabel: 'operator (nimbus user reset-password)',
            action: 'user.password_reset',
            targetType: 'user',
            targetId: found.user.id,
          });
        });
      });
      ctx.streams.stdout.write(`password of ${opts.email} reset; its sessions were signed out\n`);
      if (generated) ctx.streams.stdout.write(`password (shown once): ${password}\n`);
    });
};
