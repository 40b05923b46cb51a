import type { TicketRef } from '../../src/app/contract';
import type { Level, Severity } from '../../src/model/vocabulary';

/** Words and numbers as the screens show them. */

export function capitalize(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

export function severityText(severity: Severity): string {
  return capitalize(severity);
}

export function levelText(level: Level): string {
  return capitalize(level);
}

export function scoreText(score: number): string {
  return score.toFixed(1);
}

export function plural(count: number, one: string, many = `${one}s`): string {
  return `${count} ${count === 1 ? one : many}`;
}

/** Kebab-case vocabulary as words: `data-store` reads `Data store`. */
export function wordsOf(value: string): string {
  return capitalize(value.replace(/-/g, ' '));
}

export function dateTimeText(iso: string): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  return date.toLocaleString(undefined, {
    dateStyle: 'medium',
    timeStyle: 'short',
  });
}

export function ticketStatusText(status: TicketRef['statusCategory']): string {
  switch (status) {
    case 'new':
      return 'To do';
    case 'indeterminate':
      return 'In progress';
    case 'done':
      return 'Done';
  }
}

const ISSUE_KEY = /^[A-Z][A-Z0-9_]{0,29}-[1-9][0-9]{0,9}$/;

/** Whether text is a Jira issue key, safe to put in a URL path. */
export function isIssueKey(text: string): boolean {
  return ISSUE_KEY.test(text);
}

export function issueUrl(siteUrl: string, key: string): string {
  return `${siteUrl.replace(/\/+$/, '')}/browse/${encodeURIComponent(key)}`;
}
