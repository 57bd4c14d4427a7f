import type { TFunction } from 'i18next';
import type { ImportIssue } from '../../domain/interchange/import-draft';

/** An import problem in the reader's language: what is wrong, where, and the offending value. */
export function issueText(t: TFunction, issue: ImportIssue): string {
  const what = t(`exchange.issue.${issue.code}`, { defaultValue: issue.code });
  return `${issue.where}: ${what}${issue.detail ? ` (${issue.detail.slice(0, 200)})` : ''}`;
}
