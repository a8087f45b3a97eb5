import { describe, expect, it } from 'vitest';
import { outlookAdapter } from '../../utils/content/sites/outlook';
import { loadFixture } from './fixture-loader';

const READ_URL = new URL('https://outlook.office.com/mail/inbox/id/AAMkADVhNzQ5contoso-item-7%3D');
const COMPOSE_URL = new URL('https://outlook.office365.com/mail/inbox');
const reading = () => loadFixture('outlook', 'synthetic_2026-11_reading-pane.html', READ_URL.href);
const compose = () => loadFixture('outlook', 'synthetic_2026-11_compose-pills.html', COMPOSE_URL.href);

describe('outlook: hostile and edge-case pages', () => {
  it('reads markup in the sender name and the subject as text, creating nothing', () => {
    const doc = reading();
    doc.querySelector('.OZZZK')!.textContent = '<img src=x onerror=alert(1)>Lena<l.hoffmann@contoso-pharma.com>';
    doc.querySelector('[role=heading] span')!.setAttribute('title', '<script>steal()</script>');
    const { context } = outlookAdapter.detect(doc, READ_URL);
    expect(context!.people[0]).toEqual({
      email: 'l.hoffmann@contoso-pharma.com',
      name: '<img src=x onerror=alert(1)>Lena',
      role: 'from',
    });
    expect(context!.subject).toBe('<script>steal()</script>');
    expect(doc.querySelectorAll('img[src=x], script').length).toBe(0);
  });

  it('reads 50 pills, mixed case, IDN and +tag addresses as shown', () => {
    const doc = compose();
    const well = doc.querySelector('[aria-label=To]')!;
    well.replaceChildren(
      ...Array.from({ length: 50 }, (_, i) => {
        const pill = doc.createElement('span');
        pill.setAttribute('contenteditable', 'false');
        pill.textContent = i === 0 ? 'Jörg <Jörg+Deals@Bücher.Example>' : `Person ${i} <P${i}@Client${i % 5}.com>`;
        return pill;
      }),
    );
    const { context } = outlookAdapter.detect(doc, COMPOSE_URL);
    const to = context!.people.filter((p) => p.role === 'to');
    expect(to).toHaveLength(50);
    expect(to[0]).toEqual({ email: 'Jörg+Deals@Bücher.Example', name: 'Jörg', role: 'to' });
  });

  it('a message to the user alone yields no people', () => {
    const doc = reading();
    doc.querySelector('.OZZZK')!.textContent = 'Alex Morgan<alex.morgan@mycompany.com>';
    doc.querySelectorAll('[data-testid=RecipientWell] [role=edit]').forEach((line, i) => i > 0 && line.remove());
    doc.querySelectorAll('._EType_RECIPIENT_ENTITY').forEach((chip, i) => i > 0 && chip.remove());
    doc.querySelector('#UniqueMessageBody_1')!.textContent = 'Reminder to self';
    expect(outlookAdapter.detect(doc, READ_URL).context!.people).toEqual([]);
  });

  it('counts a miss when a message shows no sender address', () => {
    const doc = reading();
    doc.querySelector('.OZZZK')!.textContent = 'Dr. Lena Hoffmann';
    expect(outlookAdapter.detect(doc, READ_URL).misses).toEqual([{ view: 'reading-pane', part: 'sender' }]);
  });
});
