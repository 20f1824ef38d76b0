import type { Comment } from '@nimbus/core';
import type { Executor } from '../executor.js';

export const insertComment = async (db: Executor, c: Comment): Promise<Comment> => {
  await db
    .insertInto('comments')
    .values({
      id: c.id,
      org_id: c.orgId,
      control_result_id: c.controlResultId,
      author_id: c.authorId,
      body: c.body,
      created_at: c.createdAt,
    })
    .execute();
  return c;
};

export const listComments = async (db: Executor, orgId: string, resultId: string): Promise<Comment[]> =>
  (
    await db
      .selectFrom('comments')
      .selectAll()
      .where('org_id', '=', orgId)
      .where('control_result_id', '=', resultId)
      .orderBy('created_at')
      .execute()
  ).map((r) => ({
    id: r.id,
    orgId: r.org_id,
    controlResultId: r.control_result_id,
    authorId: r.author_id,
    body: r.body,
    createdAt: r.created_at,
  }));
