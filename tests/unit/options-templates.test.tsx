// @vitest-environment jsdom
import { render } from 'preact';
import { act } from 'preact/test-utils';
import type { Runtime } from 'webextension-polyfill';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { OptionsApp } from '../../components/options/OptionsApp';
import { createHandler } from '../../utils/background/handler';
import { REQUEST_CHANNEL, type RequestMap, type RequestType } from '../../utils/protocol/messaging';
import { getTemplates, setTemplates } from '../../utils/settings/templates';
import { STARTER_TEMPLATES } from '../../utils/shared/templates/starters';
import type { MessageTemplate } from '../../utils/shared/templates/template';
import { firstName } from '../../utils/shared/templates/values';
import { optionsApiOver, TEST_BASE_URL, TEST_EXTENSION_ID, testServices } from './test-services';

/** The options page's email templates against the real background handler (fake IndexedDB and storage). */
const optionsSender: Runtime.MessageSender = { id: TEST_EXTENSION_ID, url: `${TEST_BASE_URL}options.html` };
let handle: ReturnType<typeof createHandler>;
let root: HTMLElement;

async function call<K extends RequestType>(type: K, data: RequestMap[K]['data']): Promise<RequestMap[K]['reply']> {
  const reply = await handle({ channel: REQUEST_CHANNEL, type, data }, optionsSender);
  if (!reply.ok) throw new Error(reply.error.message);
  return reply.value as RequestMap[K]['reply'];
}

async function until(check: () => boolean) {
  for (let i = 0; i < 250 && !check(); i++) await act(() => new Promise((r) => setTimeout(r, 20)));
  expect(check()).toBe(true);
}
const $ = <E extends HTMLElement = HTMLElement>(id: string) => root.querySelector<E>(`[data-testid=${id}]`);
const $$ = (id: string) => [...root.querySelectorAll<HTMLElement>(`[data-testid=${id}]`)];
const names = () => $$('template-row-name').map((cell) => cell.textContent);
const click = (id: string) => act(() => $(id)!.click());
/** Types into a field the way a user does: the value changes, then the input event. */
async function type(id: string, value: string) {
  const field = $<HTMLInputElement | HTMLTextAreaElement>(id)!;
  await act(() => {
    field.focus();
    field.value = value;
    field.dispatchEvent(new Event('input', { bubbles: true }));
  });
}

async function open() {
  location.hash = '#/templates';
  root = document.createElement('div');
  document.body.append(root);
  await act(() => render(<OptionsApp api={optionsApiOver(call)} />, root));
  await until(() => $$('template-row').length > 0 || $('templates-empty') !== null);
}

beforeEach(() => {
  handle = createHandler(testServices());
});
afterEach(async () => {
  await act(() => render(null, root));
  root.remove();
  location.hash = '';
});

describe('email templates on the options page', () => {
  it('lists the starter set until the user changes it', async () => {
    await open();
    expect(names()).toEqual(STARTER_TEMPLATES.map((t) => t.name));
    expect($$('template-row-subject')[0]!.textContent).toBe(STARTER_TEMPLATES[0]!.subject);
  });

  it('writes a new template with a variable button at the cursor, saves it, lists it and stores it', async () => {
    await open();
    await click('template-new');
    await type('template-name', 'Welcome');
    await type('template-subject', 'Welcome aboard');
    await type('template-body', 'Hi ,\n\nGlad to have you.');
    const body = $<HTMLTextAreaElement>('template-body')!;
    body.setSelectionRange(3, 3);
    await click('variable-first_name');
    expect(body.value).toBe('Hi {{first_name}},\n\nGlad to have you.');
    // The cursor is left after the inserted variable, so typing goes on from there.
    expect(body.selectionStart).toBe('Hi {{first_name}}'.length);
    expect($('variable-first_name')!.title).toBe("The first names of the account's people in To (else Cc).");

    // The subject was focused last: the next variable goes there.
    const subject = $<HTMLInputElement>('template-subject')!;
    await act(() => subject.focus());
    subject.setSelectionRange(subject.value.length, subject.value.length);
    await click('variable-account_name');
    expect(subject.value).toBe('Welcome aboard{{account_name}}');

    await click('template-save');
    await until(() => $('template-editor') === null);
    expect(names()).toEqual([...STARTER_TEMPLATES.map((t) => t.name), 'Welcome']);
    expect($('notice')!.textContent).toContain('Saved “Welcome”.');
    const stored = (await getTemplates()).at(-1)!;
    expect(stored).toMatchObject({
      name: 'Welcome',
      subject: 'Welcome aboard{{account_name}}',
      body: 'Hi {{first_name}},\n\nGlad to have you.',
    });
    expect(stored.id).toMatch(/^[0-9a-f-]{36}$/);
    expect(Date.parse(stored.updatedAt!)).not.toBeNaN();
  });

  it('refuses to save a placeholder that names no variable, saying which', async () => {
    await open();
    await click('template-new');
    await type('template-name', 'Typo');
    await type('template-body', 'Hi {{frist_name}},');
    // Flagged as it is typed, before any save.
    expect($('template-unknown')!.textContent).toContain('{{frist_name}} is not a variable');
    await click('template-save');
    await act(() => new Promise((r) => setTimeout(r, 50)));
    expect($('template-editor')).not.toBeNull();
    expect((await getTemplates()).map((t) => t.name)).not.toContain('Typo');

    await type('template-body', 'Hi {{first_name}},');
    expect($('template-unknown')).toBeNull();
    await click('template-save');
    await until(() => names().includes('Typo'));
  });

  it("shows the schema's messages for a missing name and body, and saves nothing", async () => {
    await open();
    await click('template-new');
    await click('template-save');
    expect($('template-name-error')!.textContent).toBe('A template needs a name.');
    expect($('template-body-error')!.textContent).toBe('A template needs a body.');
    expect($<HTMLInputElement>('template-name')!.getAttribute('aria-invalid')).toBe('true');
    expect(await getTemplates()).toEqual(STARTER_TEMPLATES);
  });

  it('edits a template in its place', async () => {
    await open();
    await act(() => $$('template-edit')[1]!.click());
    expect($<HTMLInputElement>('template-name')!.value).toBe('QBR invitation');
    await type('template-name', 'QBR, Q1');
    await click('template-save');
    await until(() => names()[1] === 'QBR, Q1');
    expect((await getTemplates())[1]).toMatchObject({ id: 'starter-qbr-invitation', name: 'QBR, Q1' });
  });

  it('deletes a template, and Undo puts it back in its place', async () => {
    await open();
    await act(() => $$('template-delete')[1]!.click());
    await until(() => names().length === STARTER_TEMPLATES.length - 1);
    expect(names()).not.toContain('QBR invitation');
    expect($('notice')!.textContent).toContain('Deleted “QBR invitation”.');
    expect((await getTemplates()).map((t) => t.id)).not.toContain('starter-qbr-invitation');

    await click('notice-undo');
    await until(() => names().length === STARTER_TEMPLATES.length);
    expect(names()).toEqual(STARTER_TEMPLATES.map((t) => t.name));
    expect(await getTemplates()).toEqual(STARTER_TEMPLATES);
  });

  it('restores deleted starters without overwriting an edited one, with Undo', async () => {
    const edited = { ...STARTER_TEMPLATES[0]!, body: 'My own words.' };
    await setTemplates([edited]);
    await open();
    await click('templates-starters');
    await until(() => names().length === STARTER_TEMPLATES.length);
    expect((await getTemplates())[0]).toEqual(edited);
    await click('notice-undo');
    await until(() => names().length === 1);
    expect(await getTemplates()).toEqual([edited]);
  });

  it('says so when every starter is already in the set, changing nothing', async () => {
    await open();
    await click('templates-starters');
    await until(() => !!$('notice')?.textContent?.includes('Every starter template is already in your set.'));
    expect($('notice-undo')).toBeNull();
    expect(names()).toEqual(STARTER_TEMPLATES.map((t) => t.name));
  });

  it('shows the set as another page changes it', async () => {
    await open();
    await setTemplates([{ id: 'elsewhere', name: 'Written elsewhere', subject: '', body: 'x' }]);
    await until(() => names().join() === 'Written elsewhere');
  });

  it('previews on an account with its values and flags the variables it has no value for', async () => {
    await call('loadDemoData', { replace: true });
    const account = (await call('listAccounts', null)).find((a) => a.name === 'Northwind Traders')!;
    await setTemplates([
      {
        id: 'check',
        name: 'Check',
        subject: '{{account_name}} renews {{renewal_date}}',
        body: 'Hi {{first_name}},\nInvoices:\n{{overdue_invoices}}',
      },
    ]);
    await open();
    await click('template-edit');
    // No account chosen: the placeholders show which variable each is.
    expect($('preview-subject')!.textContent).toBe('Subject: [Account name] renews [Renewal date]');
    expect($('preview-body')!.textContent).toBe('Hi [First name],\nInvoices:\n[Overdue invoices]');

    await until(() => !!$<HTMLSelectElement>('preview-account')?.querySelector(`option[value="${account.id}"]`));
    const select = $<HTMLSelectElement>('preview-account')!;
    await act(() => {
      select.value = account.id;
      select.dispatchEvent(new Event('change', { bubbles: true }));
    });
    await until(() => $('preview-missing') !== null);
    const renewal = new Intl.DateTimeFormat(undefined, { day: 'numeric', month: 'long', year: 'numeric' }).format(
      new Date(`${account.renewalDate}T12:00:00`),
    );
    expect($('preview-subject')!.textContent).toBe(`Subject: Northwind Traders renews ${renewal}`);
    // Written as if to the account's first contact: the first name is theirs.
    const to = $<HTMLSelectElement>('preview-to')!;
    const contact = firstName(to.selectedOptions[0]!.textContent!);
    expect(contact).toBeTruthy();
    expect($('preview-body')!.textContent).toBe(`Hi ${contact},\nInvoices:\n`);
    // The demo book holds no invoices: that variable is flagged, the ones with a value are not.
    expect($$('preview-missing').map((list) => list.textContent)).toEqual([
      'No value for Overdue invoices on this account',
    ]);

    // Written to nobody: the first name has no value either.
    await act(() => {
      to.value = '';
      to.dispatchEvent(new Event('change', { bubbles: true }));
    });
    expect($('preview-missing')!.textContent).toContain('No value for First name on this account');
  });

  it('shows hostile names, subjects and bodies as text', async () => {
    const hostile = '<img src=x onerror=alert(1)>';
    await setTemplates([{ id: 'hostile', name: hostile, subject: `${hostile}{{account_name}}`, body: hostile }]);
    await open();
    expect(names()).toEqual([hostile]);
    expect($('template-row-subject')!.textContent).toBe(`${hostile}{{account_name}}`);
    await click('template-edit');
    expect($('preview-body')!.textContent).toBe(hostile);
    expect(root.querySelector('img')).toBeNull();
  });

  it('shows a hostile account name in the preview as text', async () => {
    const hostile = '<img src=x onerror=alert(1)>';
    await call('loadDemoData', { replace: true });
    const account = (await call('listAccounts', null))[0]!;
    await call('saveRecord', { store: 'accounts', record: { ...account, name: hostile } });
    await setTemplates([{ id: 'hello', name: 'Hello', subject: '{{account_name}}', body: 'For {{account_name}}' }]);
    await open();
    await click('template-edit');
    await until(() => !!$<HTMLSelectElement>('preview-account')?.querySelector(`option[value="${account.id}"]`));
    const select = $<HTMLSelectElement>('preview-account')!;
    await act(() => {
      select.value = account.id;
      select.dispatchEvent(new Event('change', { bubbles: true }));
    });
    await until(() => $('preview-body')?.textContent === `For ${hostile}`);
    expect($('preview-subject')!.textContent).toBe(`Subject: ${hostile}`);
    expect(select.selectedOptions[0]!.textContent).toBe(hostile);
    expect(root.querySelector('img')).toBeNull();
  });

  it('keeps the editor open when another page deletes the template being edited, and saves it back', async () => {
    await open();
    await act(() => $$('template-edit')[0]!.click());
    await setTemplates(STARTER_TEMPLATES.slice(1));
    await act(() => new Promise((r) => setTimeout(r, 50)));
    await type('template-body', 'Kept.');
    await click('template-save');
    await until(() => $('template-editor') === null);
    expect((await getTemplates()).at(-1)).toMatchObject({ id: STARTER_TEMPLATES[0]!.id, body: 'Kept.' });
  });
});

describe('importing and exporting templates on the options page', () => {
  const shared: MessageTemplate = { id: 'team-qbr', name: 'Team QBR', subject: 'QBR', body: 'Agenda' };
  const fileOf = (name: string, text: string) => new File([text], name, { type: 'application/json' });
  async function choose(file: File) {
    const input = $<HTMLInputElement>('templates-import-file')!;
    Object.defineProperty(input, 'files', { value: [file], configurable: true });
    await act(() => void input.dispatchEvent(new Event('change', { bubbles: true })));
  }
  const teamFile = (templates: unknown[]) =>
    JSON.stringify({ format: 'account-lens-templates', version: 1, exportedAt: new Date().toISOString(), templates });

  it('says what an import will do, writes it on Confirm, and Undo brings the previous set back', async () => {
    await open();
    const renamed = { ...STARTER_TEMPLATES[0]!, name: 'Renewal, team wording' };
    await choose(fileOf('team.json', teamFile([shared, renamed])));
    await until(() => $('templates-import-preview') !== null);
    expect($('templates-import-summary')!.textContent).toBe('Adds 1, replaces 1.');
    // Nothing is written before Confirm.
    expect(await getTemplates()).toEqual(STARTER_TEMPLATES);

    await click('templates-import-confirm');
    await until(() => names().includes('Team QBR'));
    expect(names()[0]).toBe('Renewal, team wording');
    expect($('notice')!.textContent).toContain('Imported team.json: adds 1, replaces 1.');
    expect((await getTemplates()).length).toBe(STARTER_TEMPLATES.length + 1);

    await click('notice-undo');
    await until(() => !names().includes('Team QBR'));
    expect(await getTemplates()).toEqual(STARTER_TEMPLATES);
  });

  it('changes nothing when the file is bad, and says why', async () => {
    await open();
    await choose(
      fileOf(
        'qbr.json',
        teamFile([shared, { ...shared, id: 'b', name: 'QBR' }, { ...shared, id: 'c', name: 'QBR', body: '' }]),
      ),
    );
    await until(() => $('notice')?.getAttribute('role') === 'alert');
    expect($('notice')!.textContent).toContain('qbr.json: Template 3 (“QBR”): A template needs a body.');
    expect($('templates-import-preview')).toBeNull();
    expect(await getTemplates()).toEqual(STARTER_TEMPLATES);
  });

  it('exports the set as a file that imports back to the same set', async () => {
    const saved: Array<{ name: string; text: string }> = [];
    root = document.createElement('div');
    document.body.append(root);
    location.hash = '#/templates';
    const api = {
      ...optionsApiOver(call),
      downloadFile: (name: string, _type: string, text: string) => void saved.push({ name, text }),
    };
    await act(() => render(<OptionsApp api={api} />, root));
    await until(() => names().length > 0);
    await click('templates-export');
    expect(saved.map((f) => f.name)).toEqual(['account-lens-templates.json']);
    expect($('notice')!.textContent).toContain('Exported 5 templates to account-lens-templates.json');

    await setTemplates([shared]);
    await until(() => names().join() === 'Team QBR');
    await choose(fileOf('account-lens-templates.json', saved[0]!.text));
    await until(() => $('templates-import-preview') !== null);
    expect($('templates-import-summary')!.textContent).toBe('Adds 5.');
    await click('templates-import-confirm');
    await until(() => names().length === 6);
    expect(await getTemplates()).toEqual([shared, ...STARTER_TEMPLATES]);
  });
});
