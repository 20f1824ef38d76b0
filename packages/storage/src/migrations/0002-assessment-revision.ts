import { type Kysely, PostgresAdapter, sql } from 'kysely';

/**
 * An assessment's revision: a counter bumped, in the same transaction, by every change to what reading the
 * assessment returns besides its own fields (which bump its `version`): a control result changed, evidence
 * linked or unlinked, linked evidence edited or deleted. The server uses it as the ETag of the full assessment
 * and as the key of its response cache. Triggers keep it, so no write path can forget to.
 */
export const up = async (db: Kysely<unknown>): Promise<void> => {
  await db.schema
    .alterTable('assessments')
    .addColumn('revision', 'integer', (c) => c.notNull().defaultTo(0))
    .execute();
  const bumpByResult = (resultId: string) =>
    `update assessments set revision = revision + 1 where id = (select assessment_id from control_results where id = ${resultId})`;
  const bumpByEvidence = (evidenceId: string) =>
    `update assessments set revision = revision + 1 where id in (select cr.assessment_id from evidence_links el join control_results cr on cr.id = el.control_result_id where el.evidence_id = ${evidenceId})`;
  const triggers: { name: string; table: string; event: string; body: string }[] = [
    {
      name: 'control_results_bump_revision',
      table: 'control_results',
      event: 'update',
      body: 'update assessments set revision = revision + 1 where id = NEW.assessment_id',
    },
    {
      name: 'evidence_links_insert_bump_revision',
      table: 'evidence_links',
      event: 'insert',
      body: bumpByResult('NEW.control_result_id'),
    },
    {
      name: 'evidence_links_delete_bump_revision',
      table: 'evidence_links',
      event: 'delete',
      body: bumpByResult('OLD.control_result_id'),
    },
    {
      name: 'evidence_update_bump_revision',
      table: 'evidence',
      event: 'update',
      body: bumpByEvidence('NEW.id'),
    },
  ];
  const postgres = db.getExecutor().adapter instanceof PostgresAdapter;
  for (const t of triggers) {
    if (postgres) {
      await sql
        .raw(
          `create function ${t.name}() returns trigger language plpgsql as $$ begin ${t.body}; return null; end $$`,
        )
        .execute(db);
      await sql
        .raw(
          `create trigger ${t.name} after ${t.event} on ${t.table} for each row execute function ${t.name}()`,
        )
        .execute(db);
    } else {
      await sql
        .raw(`create trigger ${t.name} after ${t.event} on ${t.table} for each row begin ${t.body}; end`)
        .execute(db);
    }
  }
};
