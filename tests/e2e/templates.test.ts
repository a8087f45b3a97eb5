import type { FrameLocator, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { STARTER_TEMPLATES } from '../../utils/shared/templates/starters';
import { screenshot, withDemoBook } from './harness';
import { fixturePage } from './pages';

/**
 * Templates inserted into real compose fixtures, read back from the page's own editor: what the user would
 * send is what the preview showed, line for line.
 */
const book = withDemoBook();

const sidebarOf = (p: Page): FrameLocator => p.frameLocator('iframe[title="Account Lens"]');
const lines = (text: string) =>
  text
    .split('\n')
    .map((line) => line.trim())
    .filter(Boolean)
    .join('\n');

/**
 * An editor that keeps its own model, as the webmail editors do: it learns of a change only through the
 * editing path (an `input` event, or a paste it handles), and puts its model back over any other change to its
 * DOM, as a re-render would. Text written into its DOM without the editing path is lost.
 */
const MODEL_EDITOR = `<script>
  const editor = document.querySelector('[contenteditable=true][role=textbox][aria-label="Message Body"]');
  let model = editor.innerText;
  editor.addEventListener('input', () => (model = editor.innerText));
  editor.addEventListener('paste', (event) => {
    event.preventDefault();
    model = event.clipboardData.getData('text/plain') + model;
    editor.innerText = model;
  });
  new MutationObserver(() => editor.innerText !== model && (editor.innerText = model)).observe(editor, {
    childList: true,
    subtree: true,
    characterData: true,
  });
</script>`;

const COMPOSES = [
  {
    name: 'Gmail pop-up compose',
    host: 'mail.google.com',
    page: fixturePage('gmail', 'synthetic_2026-11_compose-popup'),
    account: 'Fabrikam',
    body: '[role=textbox][contenteditable=true][aria-label="Message Body"]',
    subject: 'input[name=subjectbox]',
  },
  {
    name: 'Outlook docked compose',
    host: 'outlook.office365.com',
    page: fixturePage('outlook', 'synthetic_2026-11_compose-pills'),
    account: 'Northwind Traders',
    body: '[id^=editorParent_] [contenteditable=true]',
    subject: 'input[placeholder="Add a subject"]',
  },
];

async function open(host: string, html: string, url: string): Promise<Page> {
  book.h.server.setPage(host, html);
  const p = await book.h.context.newPage();
  await p.goto(url);
  return p;
}

/** Picks a template in the sidebar, and returns the body its preview shows. */
async function choose(sidebar: FrameLocator, name: string): Promise<string> {
  await sidebar.getByTestId('template-choice').filter({ hasText: name }).click();
  return (await sidebar.getByTestId('template-body').textContent())!;
}

describe.each(COMPOSES)('templates in the $name', ({ host, page, account, body, subject }) => {
  it('inserts each starter template at the cursor, and the editor holds what the preview showed', async () => {
    const p = await open(host, page.html, page.url);
    const sidebar = sidebarOf(p);
    await expect
      .poll(() => sidebar.getByTestId('account-name').first().textContent(), { timeout: 10_000 })
      .toContain(account);
    // An empty draft subject takes the template's.
    await p.fill(subject, '');
    await p.locator(body).evaluate((editor) => (editor.textContent = ''));
    for (const [index, template] of STARTER_TEMPLATES.entries()) {
      const preview = await choose(sidebar, template.name);
      expect(preview, 'no placeholder left in the preview').not.toMatch(/\{\{|\}\}/);
      if (index === 0) {
        await screenshot(p, `template-preview-${host}`);
        await p.setViewportSize({ width: 1920, height: 1080 });
        await screenshot(p, `template-preview-${host}-1920`);
        await p.setViewportSize({ width: 1280, height: 800 });
      }
      await sidebar.getByTestId('template-insert').click();
      await expect.poll(() => sidebar.getByTestId('toast').textContent()).toContain(`Inserted "${template.name}"`);
      const text = await p.locator(body).innerText();
      expect(lines(text), template.name).toContain(lines(preview));
      expect(text).not.toMatch(/\{\{|\}\}/);
      if (index === 0) {
        const filled = await p.locator(subject).inputValue();
        expect(filled).toContain(account.split(' ')[0]);
        expect(filled).not.toMatch(/\{\{/);
      }
    }
    await p.close();
  });
});

describe('a template in a draft', () => {
  it('is kept by an editor that renders from its own model (inserted through its editing path)', async () => {
    const { html, url } = COMPOSES[0]!.page;
    const p = await open('mail.google.com', html.replace('</body>', `${MODEL_EDITOR}</body>`), url);
    const sidebar = sidebarOf(p);
    await expect.poll(() => sidebar.getByTestId('template-choice').count(), { timeout: 10_000 }).toBeGreaterThan(0);
    const preview = await choose(sidebar, 'QBR invitation');
    await sidebar.getByTestId('template-insert').click();
    await expect.poll(() => sidebar.getByTestId('toast').textContent()).toContain('Inserted "QBR invitation"');
    // What the editor shows is its model: the text went in through its editing path. A change made around
    // it is put back, as the test's own direct write shows.
    const editor = p.locator(COMPOSES[0]!.body);
    expect(lines(await editor.innerText())).toContain(lines(preview));
    await editor.evaluate((node) => (node.textContent = 'written around the editor'));
    await expect.poll(async () => lines(await editor.innerText())).toContain(lines(preview));
    await p.close();
  });

  it('flags variables the records lack, takes what the user types, and never inserts a placeholder', async () => {
    const { html, url } = COMPOSES[0]!.page;
    const p = await open('mail.google.com', html, url);
    const sidebar = sidebarOf(p);
    await expect.poll(() => sidebar.getByTestId('template-choice').count(), { timeout: 10_000 }).toBeGreaterThan(0);
    await choose(sidebar, 'Overdue invoice follow-up');
    // No invoices are recorded for the account: the variable is flagged before anything is inserted.
    const missing = sidebar.getByTestId('template-missing');
    await expect.poll(() => missing.textContent()).toContain('Overdue invoices');
    await missing.locator('input[data-variable=overdue_invoices]').fill('INV-2041, due 3 November');
    expect(await sidebar.getByTestId('template-body').textContent()).toContain('INV-2041, due 3 November');
    await screenshot(p, 'template-missing-value');
    await sidebar.getByTestId('template-insert').click();
    await expect.poll(() => sidebar.getByTestId('toast').textContent()).toContain('Inserted');
    const text = await p.locator(COMPOSES[0]!.body).innerText();
    expect(text).toContain('INV-2041, due 3 November');
    expect(text).not.toMatch(/\{\{|\}\}/);
    await p.close();
  });
});
