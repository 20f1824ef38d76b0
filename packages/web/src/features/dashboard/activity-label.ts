import type { ResultStatus } from '@nimbus/core';
import { STATUS_LABEL } from './result-status.js';

const statusWord = (s: string) => STATUS_LABEL[s as ResultStatus] ?? s;

/** Audit actions in words, for the recent activity list. Unknown actions fall back to their code. */
const ACTIONS: Record<string, string> = {
  'auth.login': 'signed in',
  'auth.logout': 'signed out',
  'auth.login_failed': 'failed to sign in',
  'assessment.created': 'started an assessment',
  'assessment.updated': 'changed an assessment',
  'assessment.deleted': 'deleted an assessment',
  'result.updated': 'updated a control result',
  'comment.created': 'commented on a control result',
  'evidence.created': 'added evidence',
  'evidence.updated': 'changed evidence',
  'evidence.deleted': 'deleted evidence',
  'evidence.linked': 'linked evidence to a control',
  'evidence.unlinked': 'unlinked evidence from a control',
  'evidence.downloaded': 'downloaded evidence',
  'service.created': 'registered a cloud service',
  'service.updated': 'changed a cloud service',
  'service.deleted': 'removed a cloud service',
  'soa.exported': 'exported the Statement of Applicability',
  'member.added': 'added a member',
  'member.role_changed': 'changed a member role',
  'member.removed': 'removed a member',
  'token.created': 'created an API token',
  'token.revoked': 'revoked an API token',
  'org.created': 'created the organization',
  'org.updated': 'changed the organization',
  'setup.completed': 'completed the first-run setup',
  'user.created': 'created a user',
};

export const actionLabel = (action: string): string =>
  ACTIONS[action] ?? action.replace(/[._]/g, ' ').replace(/^\w/, (c) => c.toLowerCase());

/** A short detail of what changed, when the event says it simply (a title or a status change). */
export const activityDetail = (changes: unknown): string => {
  if (!changes || typeof changes !== 'object') return '';
  const c = changes as Record<string, unknown>;
  const pick = (key: string) => {
    const v = c[key] as { from?: unknown; to?: unknown } | undefined;
    return v && typeof v === 'object' ? v : undefined;
  };
  const status = pick('status');
  if (status && typeof status.to === 'string')
    return typeof status.from === 'string'
      ? `${statusWord(status.from)} → ${statusWord(status.to)}`
      : statusWord(status.to);
  for (const key of ['title', 'name']) {
    const v = pick(key);
    if (v && typeof v.to === 'string') return v.to;
    if (v && typeof v.from === 'string') return v.from;
  }
  return '';
};
