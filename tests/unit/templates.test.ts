import { describe, expect, it } from 'vitest';
import type { AccountView } from '../../utils/shared/insights/account-view';
import { getTemplates, setTemplates, templatesItem } from '../../utils/settings/templates';
import { STARTER_TEMPLATES } from '../../utils/shared/templates/starters';
import { placeholdersIn, renderTemplate, TEMPLATE_VARIABLE_NAMES } from '../../utils/shared/templates/template';
import { firstName, templateValues } from '../../utils/shared/templates/values';

const NOW = new Date('2026-11-24T12:00:00Z');

function view(overrides: Partial<AccountView> = {}): AccountView {
  return {
    id: 'a1',
    name: 'Northwind Traders',
    tier: 'key',
    status: 'active',
    health: { score: 80, band: 'good', reasons: [] } as never,
    annualValue: { amount: 120_000, currency: 'EUR' },
    renewalDate: '2027-01-15',
    reasons: ['email'],
    people: [
      { email: 'tom.becker@northwind.com', name: 'Becker, Tom', pageRole: 'to', reason: 'email' },
      { email: 'anna@northwind.com', name: 'Dr. Anna Schmidt', pageRole: 'to', reason: 'email' },
      { email: 'carl@northwind.com', name: 'Carl Weiss', pageRole: 'cc', reason: 'email' },
    ],
    timeline: [
      touchpoint('meeting', '2026-12-03T14:00:00.000Z'),
      touchpoint('meeting', '2026-11-10T09:00:00.000Z'),
      touchpoint('email', '2026-11-20T09:00:00.000Z'),
    ].sort((a, b) => b.occurredAt.localeCompare(a.occurredAt)),
    openIssues: [
      { title: 'Invoices in the wrong currency', severity: 'high' } as never,
      { title: 'SSO login loops', severity: 'medium' } as never,
    ],
    opportunities: [],
    tasks: [],
    ...overrides,
  };
}

function touchpoint(kind: 'meeting' | 'email', occurredAt: string) {
  return { id: occurredAt, kind, occurredAt } as AccountView['timeline'][number];
}

describe('template variables', () => {
  it('fills every variable the records hold, in the given locale', () => {
    const values = templateValues(view(), NOW, {
      locale: 'en-GB',
      overdueInvoices: [{ number: 'INV-7', dueOn: '2026-10-31', open: { amount: 4_200, currency: 'EUR' } }],
    });
    expect(values).toEqual({
      first_name: 'Tom and Anna',
      account_name: 'Northwind Traders',
      renewal_date: '15 January 2027',
      contract_value: '€120,000',
      open_issues: '- Invoices in the wrong currency\n- SSO login loops',
      overdue_invoices: '- INV-7: €4,200, due 31 October 2026',
      next_meeting: expect.stringContaining('3 December 2026'),
      last_meeting: '10 November 2026',
    });
  });

  it('leaves a variable without a value when the records have none', () => {
    const values = templateValues(
      view({ renewalDate: undefined, annualValue: undefined, openIssues: [], timeline: [], people: [] }),
      NOW,
    );
    expect(Object.keys(values).filter((k) => values[k as keyof typeof values] !== undefined)).toEqual(['account_name']);
  });

  it('takes the first name from "Last, First", titles and plain names; an address is no name', () => {
    expect(firstName('Becker, Tom')).toBe('Tom');
    expect(firstName('Prof. Dr. Anna Schmidt')).toBe('Anna');
    expect(firstName('José Álvarez')).toBe('José');
    expect(firstName('tom@northwind.com')).toBeUndefined();
  });

  it('uses Cc names when nobody of the account is in To', () => {
    const people = view().people.map((p) => ({ ...p, pageRole: 'cc' as const }));
    expect(templateValues(view({ people }), NOW).first_name).toBe('Tom, Anna and Carl');
  });
});

describe('rendering a template', () => {
  const template = {
    subject: 'Renewal {{ account_name }} on {{renewal_date}}',
    body: 'Hi {{First Name}},\n{{open_issues}}\n{{frist_name}}',
  };

  it('fills placeholders, with any spacing or case, and flags what has no value', () => {
    const result = renderTemplate(template, { account_name: 'Northwind', first_name: 'Tom', open_issues: '- A\n- B' });
    expect(result.subject).toBe('Renewal Northwind on ');
    expect(result.body).toBe('Hi Tom,\n- A\n- B\n');
    expect(result.missing).toEqual(['renewal_date']);
    expect(result.unknown).toEqual(['frist_name']);
  });

  it('never leaves a placeholder in the text, and uses what the user typed for a missing one', () => {
    const result = renderTemplate(template, {}, { renewal_date: '1 March', frist_name: 'Tom' });
    expect(result.subject).toBe('Renewal  on 1 March');
    expect(result.body).not.toMatch(/\{\{|\}\}/);
    expect(result.missing).toEqual(['account_name', 'first_name', 'open_issues']);
    expect(result.unknown).toEqual([]);
  });

  it('inserts a value as text: a value that looks like a placeholder or markup stays as it is', () => {
    const result = renderTemplate(
      { subject: '', body: 'To {{account_name}}' },
      { account_name: '{{first_name}} <b>x</b>' },
    );
    expect(result.body).toBe('To {{first_name}} <b>x</b>');
  });

  it('takes a placeholder named like a property of every object for an unknown one, not a value', () => {
    const result = renderTemplate(
      { subject: '{{constructor}}', body: '{{toString}} {{__proto__}} {{first_name}}' },
      {},
    );
    expect(result).toEqual({
      subject: '',
      body: '  ',
      missing: ['first_name'],
      unknown: ['constructor', 'toString', '__proto__'],
    });
    expect(renderTemplate({ subject: '', body: '{{constructor}}' }, {}, { constructor: 'typed' }).body).toBe('typed');
  });

  it('joins a list value into one line in the subject', () => {
    expect(renderTemplate({ subject: 'Open: {{open_issues}}', body: '.' }, { open_issues: '- A\n- B' }).subject).toBe(
      'Open: - A; - B',
    );
  });
});

describe('the starter set', () => {
  it('has the common cases, and every placeholder in it is a known variable', () => {
    expect(STARTER_TEMPLATES.map((t) => t.name)).toEqual(
      expect.arrayContaining(['Renewal reminder', 'QBR invitation', 'Overdue invoice follow-up', 'Meeting recap']),
    );
    for (const t of STARTER_TEMPLATES) {
      const { variables, unknown } = placeholdersIn(t.subject, t.body);
      expect(unknown, t.name).toEqual([]);
      expect(variables.every((name) => TEMPLATE_VARIABLE_NAMES.includes(name))).toBe(true);
    }
  });

  it('is the set until the user changes it; then the stored set is, an unreadable entry passed over', async () => {
    expect(await getTemplates()).toEqual(STARTER_TEMPLATES);
    await setTemplates([STARTER_TEMPLATES[0]!]);
    expect((await getTemplates()).map((t) => t.id)).toEqual(['starter-renewal-reminder']);
    await templatesItem.setValue([STARTER_TEMPLATES[1]!, { id: 'x', name: '' } as never]);
    expect((await getTemplates()).map((t) => t.id)).toEqual(['starter-qbr-invitation']);
    await expect(setTemplates([{ ...STARTER_TEMPLATES[0]!, body: '' }])).rejects.toThrow(/needs a body/);
  });
});
