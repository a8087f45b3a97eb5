import { describe, expect, it } from 'vitest';
import { screenshot, withDemoBook } from './harness';

const book = withDemoBook();

const contactNames = () => book.options.page.getByTestId('contact-name-cell').allTextContents();

describe('contacts on the options page', () => {
  it('edits a contact, adds a duplicate, merges the two, and undoes the merge', async () => {
    const page = book.options.page;
    await page.getByTestId('contact-search').fill('northwind');
    await expect.poll(contactNames).toEqual(['Ana Ruiz', 'Priya Nair', 'Tom Becker']);

    // A wrong address is shown beside its field and nothing is saved; fixed, the edit is saved.
    const tom = page.getByTestId('contact-row').filter({ hasText: 'Tom Becker' });
    await tom.getByTestId('edit-contact').click();
    const form = page.getByTestId('contact-editor');
    await form.getByTestId('contact-title').fill('Head of Supply Chain');
    await form.getByTestId('contact-emails').fill('tom.becker@northwind.com\ntom at northwind');
    await form.getByTestId('contact-save').click();
    await expect
      .poll(() => form.getByTestId('contact-emails-error').textContent())
      .toBe('"tom at northwind" is not an email address.');
    await form.getByTestId('contact-emails').fill('tom.becker@northwind.com\ntom@northwind.com');
    await form.getByTestId('contact-save').click();
    await expect
      .poll(() => page.getByTestId('contact-row').filter({ hasText: 'Tom Becker' }).textContent())
      .toContain('Head of Supply Chain');
    expect(await page.getByTestId('contact-row').filter({ hasText: 'Tom Becker' }).textContent()).toContain(
      'tom@northwind.com',
    );

    // The same person entered twice.
    await page.getByTestId('new-contact').click();
    const create = page.getByTestId('contact-editor');
    await create.getByTestId('contact-name').fill('Ana Ruiz');
    await create.getByTestId('contact-emails').fill('ana@northwind.com');
    await create.getByTestId('contact-account').selectOption({ label: 'Northwind Traders' });
    await create.getByTestId('contact-save').click();
    await page.getByTestId('contact-search').fill('ana ruiz');
    await expect.poll(contactNames).toEqual(['Ana Ruiz', 'Ana Ruiz']);

    for (const box of await page.getByTestId('contact-select').all()) await box.check();
    const bar = page.getByTestId('merge-contacts');
    await bar.locator('label', { hasText: 'ana.ruiz@northwind.com' }).getByTestId('merge-keep').check();
    await screenshot(page, 'options-contacts-merge');
    await bar.getByTestId('merge-contacts-confirm').click();
    await expect.poll(contactNames).toEqual(['Ana Ruiz']);
    const merged = await page.getByTestId('contact-row').textContent();
    expect(merged).toContain('ana.ruiz@northwind.com');
    expect(merged).toContain('ana@northwind.com');
    await expect
      .poll(() => page.getByTestId('trash-item').allTextContents())
      .toContainEqual(expect.stringContaining('Ana Ruiz'));

    await page.getByTestId('notice-undo').click();
    await expect.poll(contactNames).toEqual(['Ana Ruiz', 'Ana Ruiz']);
    await expect.poll(() => page.getByTestId('trash-item').count()).toBe(0);
    await page.getByTestId('contact-search').fill('');
    await expect.poll(() => page.getByTestId('contacts-table').isVisible()).toBe(true);
    await page.getByTestId('contacts-table').scrollIntoViewIfNeeded();
    await screenshot(page, 'options-contacts');
  });

  it('opens an account page with its timeline and issues, and the browser back button returns to the list', async () => {
    const page = book.options.page;
    await page.getByTestId('open-account').filter({ hasText: 'Northwind Traders' }).click();
    const account = page.getByTestId('account-page');
    await account.waitFor();
    expect(page.url()).toMatch(/options\.html#\/accounts\/[\w-]+$/);
    expect(await account.locator('h2').textContent()).toBe('Northwind Traders');
    await expect.poll(() => account.getByTestId('timeline-item').count()).toBeGreaterThan(3);
    expect(await account.getByTestId('account-open-issues').textContent()).toContain(
      'Price-cap clause disputed in renewal draft',
    );
    expect(await account.getByTestId('resolved-issues').textContent()).toContain(
      'EDI feed dropped orders over the weekend',
    );
    expect(await account.getByTestId('account-contacts').textContent()).toContain('Head of Supply Chain');
    expect(await account.getByTestId('health-reasons').textContent()).toContain('open issue');
    await screenshot(page, 'options-account-page');

    await page.goBack();
    await page.getByTestId('accounts-table').waitFor();
    expect(await page.getByTestId('account-page').count()).toBe(0);
    await page.goForward();
    await account.waitFor();
    await account.getByTestId('account-back').click();
    await page.getByTestId('accounts-table').waitFor();

    // From a contact to their account and back: the search is still there.
    await page.getByTestId('contact-search').fill('priya');
    await expect.poll(contactNames).toEqual(['Priya Nair']);
    await page.getByTestId('contact-row').getByRole('link', { name: 'Northwind Traders' }).click();
    await account.waitFor();
    await page.goBack();
    await page.getByTestId('contacts-table').waitFor();
    expect(await page.getByTestId('contact-search').inputValue()).toBe('priya');
    expect(await contactNames()).toEqual(['Priya Nair']);
  });
});
