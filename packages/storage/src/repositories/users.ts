import type { User } from '@nimbus/core';
import type { Executor } from '../executor.js';
import { toBool } from '../executor.js';
import type { UsersTable } from '../schema.js';

const toUser = (r: UsersTable): User => ({
  id: r.id,
  email: r.email,
  name: r.name,
  createdAt: r.created_at,
  disabled: toBool(r.disabled),
});

export const insertUser = async (
  db: Executor,
  u: { id: string; email: string; name: string; passwordHash: string; createdAt: string },
): Promise<User> => {
  const row: UsersTable = {
    id: u.id,
    email: u.email.toLowerCase(),
    name: u.name,
    password_hash: u.passwordHash,
    created_at: u.createdAt,
    disabled: 0,
  };
  await db.insertInto('users').values(row).execute();
  return toUser(row);
};

export const findUserByEmail = async (db: Executor, email: string) => {
  const r = await db
    .selectFrom('users')
    .selectAll()
    .where('email', '=', email.toLowerCase())
    .executeTakeFirst();
  return r ? { user: toUser(r), passwordHash: r.password_hash } : undefined;
};

export const getUser = async (db: Executor, id: string): Promise<User | undefined> => {
  const r = await db.selectFrom('users').selectAll().where('id', '=', id).executeTakeFirst();
  return r ? toUser(r) : undefined;
};

export const setPasswordHash = async (db: Executor, id: string, passwordHash: string): Promise<void> => {
  await db.updateTable('users').set({ password_hash: passwordHash }).where('id', '=', id).execute();
};

export const countUsers = async (db: Executor): Promise<number> => {
  const r = await db
    .selectFrom('users')
    .select((eb) => eb.fn.countAll().as('n'))
    .executeTakeFirstOrThrow();
  return Number(r.n);
};
