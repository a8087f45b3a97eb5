import { describe, expect, it } from 'vitest';
import { gmailAdapter } from '../../utils/content/sites/gmail';
import { recipientRole } from '../../utils/content/sites/local-labels';
import { outlookAdapter } from '../../utils/content/sites/outlook';
import { loadFixture } from './fixture-loader';

/** Recipient labels in the page's language: Gmail's details dropdown and Outlook's recipient boxes. */
describe('recipient labels', () => {
  it.each([
    ['en', ['from:', 'to:', 'cc:', 'bcc:']],
    ['de', ['Von:', 'An:', 'Cc:', 'Bcc:']],
    ['fr', ['de :', 'à :', 'cc :', 'cci :']],
    ['es', ['de:', 'para:', 'cc:', 'cco:']],
    ['ja', ['差出人:', '宛先:', 'Cc:', 'Bcc:']],
  ] as const)('%s', (lang, labels) => {
    expect(labels.map((label) => recipientRole(label, lang))).toEqual(['from', 'to', 'cc', 'bcc']);
  });

  it('knows no role for a label of another field, or of another language', () => {
    expect(recipientRole('date:', 'en')).toBeUndefined();
    expect(recipientRole('Betreff:', 'de')).toBeUndefined();
    expect(recipientRole('para:', 'fr')).toBeUndefined();
  });

  it("Gmail's details dropdown gives the same roles in German, French, Spanish and Japanese as in English", () => {
    const url = 'https://mail.google.com/mail/u/1/#inbox/FMfcgzQXJWxkqNvLtmHbRrsPzCdGwTfC';
    const read = (lang: string, labels: string[]) => {
      const doc = loadFixture('gmail', 'synthetic_2026-11_thread-details-open.html', url);
      doc.documentElement.lang = lang;
      doc.querySelectorAll('.ajC td.gG').forEach((cell, i) => (cell.textContent = labels[i] ?? cell.textContent));
      return gmailAdapter.detect(doc, new URL(url)).context!.people.map((p) => `${p.email} ${p.role}`);
    };
    const english = read('en', ['from:', 'to:', 'cc:', 'bcc:', 'date:']);
    expect(english).toContain('billing@eu.adventure-works.de cc');
    expect(english).toContain('crm-log@mycompany.com bcc');
    expect(read('de', ['Von:', 'An:', 'Cc:', 'Bcc:', 'Datum:'])).toEqual(english);
    expect(read('fr', ['de :', 'à :', 'cc :', 'cci :', 'date :'])).toEqual(english);
    expect(read('es', ['de:', 'para:', 'cc:', 'cco:', 'fecha:'])).toEqual(english);
    expect(read('ja', ['差出人:', '宛先:', 'Cc:', 'Bcc:', '日付:'])).toEqual(english);
  });

  it("Outlook's compose reads each box by its label in the page's language, whatever their order", () => {
    const doc = loadFixture(
      'outlook',
      'synthetic_2026-11_compose-popout.html',
      'https://outlook.cloud.microsoft/mail/deeplink/compose',
    );
    doc.documentElement.lang = 'fr';
    const wells = [...doc.querySelectorAll('[data-app-section=Form_Content] > div[role=textbox]')];
    // Cci first, then À: the labels say which is which, not the order.
    wells[0]!.setAttribute('aria-label', 'Cci');
    wells[2]!.setAttribute('aria-label', 'À');
    const people = outlookAdapter.detect(doc, new URL('https://outlook.cloud.microsoft/mail/deeplink/compose')).context!
      .people;
    expect(people.find((p) => p.email === 'f.wagner@adventure-works.de')?.role).toBe('bcc');
    expect(people.find((p) => p.name === 'Mia Schulz')?.role).toBe('to');
  });
});
