import type { PagePerson } from '../../../shared/model';
import { PeopleCollector, textOf } from '../common';
import { findFirst, selectorList } from '../selectors';
import { personFromAttributes } from './people';
import { LIST_ROW, ROW_THREAD_ID } from './selectors';

export interface ListRead {
  people: PagePerson[];
  subject: string;
  threadId?: string;
}

/** The row under the pointer, else the selected rows: their participants (the list shows at most three names). */
export function readList(doc: Document, hovered?: Element | null): ListRead | null {
  const rowSelector = selectorList(LIST_ROW);
  const hoveredRow = hovered?.closest(rowSelector);
  const rows = hoveredRow ? [hoveredRow] : [...doc.querySelectorAll(rowSelector)].filter(isSelected);
  if (!rows.length) return null;
  const people = new PeopleCollector();
  for (const row of rows)
    for (const el of row.querySelectorAll('[email]')) people.add(personFromAttributes(el), 'participant');
  const first = rows[0]!;
  return {
    people: people.list(),
    subject: rows.length === 1 ? rowSubject(first) : '',
    threadId: rows.length === 1 ? rowThreadId(first) : undefined,
  };
}

export function listRowParticipants(row: Element): PagePerson[] {
  const people = new PeopleCollector();
  for (const el of row.querySelectorAll('[email]')) people.add(personFromAttributes(el), 'participant');
  return people.list();
}

function isSelected(row: Element): boolean {
  return (
    row.getAttribute('aria-selected') === 'true' || row.querySelector('[role=checkbox][aria-checked=true]') !== null
  );
}

function rowSubject(row: Element): string {
  return textOf(row.querySelector('.bog') ?? row.querySelector('td.a4W .y6 span'));
}

function rowThreadId(row: Element): string | undefined {
  const found = findFirst(row, ROW_THREAD_ID);
  const raw = found?.element.getAttribute(
    found.anchor.name === 'row-thread-id' ? 'data-thread-id' : 'data-legacy-thread-id',
  );
  return raw ? raw.replace(/^#/, '').split('|')[0] : undefined;
}
