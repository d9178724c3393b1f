import { NO_TIME_LIMIT_REASON_LABELS, type ReportResponseState } from '@irr/domain';
import { date } from './labels.js';

const days = (n: number) => `${n} ${n === 1 ? 'day' : 'days'}`;
const sentence = (s: string) => `${s.charAt(0).toUpperCase()}${s.slice(1)}.`;

/** How the register of reports words a force's response: a short state, its tag's look, and the detail. */
export function responseStateText(s: ReportResponseState): {
  state: string;
  tone: 'done' | 'late' | 'due' | 'none';
  detail: string;
} {
  switch (s.state) {
    case 'published_on_time':
      return {
        state: 'Published on time',
        tone: 'done',
        detail: `Published ${date(s.publishedOn)}, within 56 days (due by ${date(s.dueOn)}).`,
      };
    case 'published_late':
      return {
        state: `Published ${days(s.daysLate)} late`,
        tone: 'late',
        detail: `Published ${date(s.publishedOn)}; it was due by ${date(s.dueOn)}.`,
      };
    case 'published_no_limit':
      return {
        state: 'Published',
        tone: 'done',
        detail: `Published ${date(s.publishedOn)}. No fixed time limit: ${NO_TIME_LIMIT_REASON_LABELS[s.reason]}.`,
      };
    case 'due':
      return {
        state: s.daysLeft === 0 ? 'Due today' : `Due: ${days(s.daysLeft)} left`,
        tone: 'due',
        detail: `Not yet published; due by ${date(s.dueOn)}.`,
      };
    case 'overdue':
      return {
        state: `Overdue by ${days(s.daysOverdue)}`,
        tone: 'late',
        detail: `Not published; it was due by ${date(s.dueOn)}.`,
      };
    case 'not_required':
      return {
        state: 'Not required',
        tone: 'none',
        detail: sentence(NO_TIME_LIMIT_REASON_LABELS[s.reason]),
      };
    case 'no_fixed_limit':
      return {
        state: 'No fixed time limit',
        tone: 'none',
        detail: `Not published. ${sentence(NO_TIME_LIMIT_REASON_LABELS[s.reason])}`,
      };
  }
}
