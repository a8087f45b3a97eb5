import { describe, expect, it } from 'vitest';
import { gmailAdapter } from '../../utils/content/sites/gmail';
import { loadFixture } from './fixture-loader';

/**
 * The dates of a Gmail thread's messages in the page's language: the English thread fixture with the page's
 * lang and its date tooltips as Gmail writes them in that language. The messages' dates must not change.
 */
const URL_ = 'https://mail.google.com/mail/u/0/#inbox/FMfcgzQXJWxkqNvLtmHbRrsPzCdGwTfB';
const local = (y: number, m: number, d: number, h: number, min: number) => new Date(y, m - 1, d, h, min).toISOString();

function threadIn(lang: string, titles: [string, string]) {
  const doc = loadFixture('gmail', 'synthetic_2026-11_thread.html', URL_);
  doc.documentElement.lang = lang;
  doc.querySelectorAll('span.g3[title]').forEach((span, i) => span.setAttribute('title', titles[i]!));
  return gmailAdapter.detect(doc, new URL(URL_)).context!;
}

describe('Gmail message dates in the page language', () => {
  it.each([
    ['en', ['Fri, Nov 20, 2026, 9:14 AM', 'Mon, Nov 23, 2026, 4:12 PM']],
    ['fr', ['ven. 20 nov. 2026, 09:14', 'lun. 23 nov. 2026, 16:12']],
    ['de', ['Fr., 20. Nov. 2026, 09:14', 'Mo., 23. Nov. 2026, 16:12']],
    ['es', ['vie, 20 nov 2026, 9:14', 'lun, 23 nov 2026, 16:12']],
    ['ja', ['2026年11月20日(金) 9:14', '2026年11月23日(月) 16:12']],
  ] as const)('%s', (lang, titles) => {
    const context = threadIn(lang, [...titles]);
    expect(context.messages!.map((m) => m.sentAt)).toEqual([local(2026, 11, 20, 9, 14), local(2026, 11, 23, 16, 12)]);
    expect(context.start).toBe(local(2026, 11, 23, 16, 12));
  });

  it('leaves a date out when its weekday does not fit, or it is in a language with no table', () => {
    expect(
      threadIn('fr', ['sam. 20 nov. 2026, 09:14', 'lun. 23 nov. 2026, 16:12']).messages![0]!.sentAt,
    ).toBeUndefined();
    expect(
      threadIn('de', ['Fr., 20. Foo 2026, 09:14', 'Mo., 23. Nov. 2026, 16:12']).messages![0]!.sentAt,
    ).toBeUndefined();
  });
});
