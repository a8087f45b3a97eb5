import { afterEach, describe, expect, it } from 'vitest';
import { formatMessage } from '../../utils/shared/i18n/format-message';
import { isRightToLeft, resolveLanguage } from '../../utils/shared/i18n/languages';
import { setUiLanguage, t, uiDirection, uiLocale } from '../../utils/shared/i18n/ui';

describe('formatMessage', () => {
  it("fills placeholders and writes numbers the language's way", () => {
    expect(formatMessage('{name} owes {amount}', { name: 'Contoso', amount: 1234.5 }, 'de')).toBe(
      'Contoso owes 1.234,5',
    );
    expect(formatMessage('{name} owes {amount}', { name: 'Contoso', amount: 1234.5 }, 'en')).toBe(
      'Contoso owes 1,234.5',
    );
  });

  it("chooses the plural form by the language's rules", () => {
    const forms = { one: '{count} compte', other: '{count} comptes' };
    expect(formatMessage(forms, { count: 0 }, 'fr')).toBe('0 compte');
    expect(formatMessage(forms, { count: 0 }, 'en')).toBe('0 comptes');
    expect(formatMessage(forms, { count: 2 }, 'fr')).toBe('2 comptes');
  });

  it('falls back to "other" for a form a message lacks, and leaves an unfilled placeholder visible', () => {
    expect(formatMessage({ other: '{count} Tage' }, { count: 1 }, 'de')).toBe('1 Tage');
    expect(formatMessage('Hello {name}', {}, 'en')).toBe('Hello {name}');
  });

  it("never reads a placeholder's value as a pattern", () => {
    expect(formatMessage('{a} and {b}', { a: '{b}', b: '$&' }, 'en')).toBe('{b} and $&');
  });
});

describe('the interface language', () => {
  afterEach(() => setUiLanguage('en'));

  it('is the setting, else the first browser language shipped, else English', () => {
    expect(resolveLanguage('fr', ['de-DE'])).toBe('fr');
    expect(resolveLanguage('browser', ['ja', 'de-AT', 'fr'])).toBe('de');
    expect(resolveLanguage('browser', ['he-IL'])).toBe('en');
    expect(resolveLanguage(undefined, ['es_MX'])).toBe('es');
  });

  it('knows which languages are written right to left', () => {
    expect(['ar-EG', 'he', 'fa'].every(isRightToLeft)).toBe(true);
    expect(['en', 'de', 'ja'].some(isRightToLeft)).toBe(false);
  });

  it("loads a language, keeps the browser's regional variant for dates and numbers, and falls back to English", async () => {
    await setUiLanguage('de', ['de-AT', 'en']);
    expect(uiLocale.value).toBe('de-AT');
    expect(t('browser.commandOpenPopup')).toBe('Kontakt erfassen (Account Lens öffnen)');
    expect(uiDirection.value).toBe('ltr');
    await setUiLanguage('en', ['en-GB']);
    expect(t('browser.commandOpenPopup')).toBe('Log a touchpoint (open Account Lens)');
    expect(uiLocale.value).toBe('en-GB');
  });
});
