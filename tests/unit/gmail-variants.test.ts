import { describe, expect, it } from 'vitest';
import { gmailAdapter } from '../../utils/content/sites/gmail';
import { loadFixture } from './fixture-loader';

/** Hostile and edge-case variants, made from the dated snapshots by editing their DOM as Gmail would render it. */
const THREAD_URL = new URL('https://mail.google.com/mail/u/0/#inbox/FMfcgzQXJWxkqNvLtmHbRrsPzCdGwTfB');
const COMPOSE_URL = new URL('https://mail.google.com/mail/u/0/#inbox?compose=new');
const thread = () => loadFixture('gmail', 'synthetic_2026-11_thread.html', THREAD_URL.href);
const compose = () => loadFixture('gmail', 'synthetic_2026-11_compose-popup.html', COMPOSE_URL.href);
const detect = (doc: Document, url: URL) => gmailAdapter.detect(doc, url);

describe('gmail: hostile and edge-case pages', () => {
  it('reads markup and script in names and subjects as plain text, creating nothing', () => {
    const doc = thread();
    const hostile = '<img src=x onerror="alert(1)"><script>alert(2)</script>Tom';
    const sender = doc.querySelector('.h7 .gD')!;
    sender.setAttribute('name', hostile);
    doc.querySelector('h2.hP')!.textContent = '</title><script>steal()</script> Renewal';
    const imagesBefore = doc.images.length;
    const { context } = detect(doc, THREAD_URL);
    expect(context!.people.find((p) => p.email === 'tom.becker@northwind.com')!.name).toBe(hostile);
    expect(context!.subject).toBe('</title><script>steal()</script> Renewal');
    expect(doc.images.length).toBe(imagesBefore);
    expect(doc.querySelectorAll('script').length).toBe(0);
  });

  it('passes mixed case, IDN and +tag addresses through as shown (the background normalizes), and still drops self in any case', () => {
    const doc = thread();
    const [first, second] = doc.querySelectorAll('.hb [email]');
    first!.setAttribute('email', 'ALEX.MORGAN@MyCompany.com');
    second!.setAttribute('email', 'Jörg+Renewal@Bücher.example');
    const { context } = detect(doc, THREAD_URL);
    expect(context!.people.map((p) => p.email)).toEqual([
      'ana.ruiz@northwind.com',
      'tom.becker@northwind.com',
      'Jörg+Renewal@Bücher.example',
      'legal@northwind.com',
    ]);
  });

  it('reports all of 50 recipients', () => {
    const doc = compose();
    const listbox = doc.querySelector('div[name=to] [role=listbox]')!;
    listbox.replaceChildren(
      ...Array.from({ length: 50 }, (_, i) => {
        const chip = doc.createElement('div');
        chip.setAttribute('role', 'option');
        chip.setAttribute('data-hovercard-id', `person${i}@client${i % 7}.com`);
        chip.setAttribute('data-name', `Person ${i}`);
        return chip;
      }),
    );
    const { context } = detect(doc, COMPOSE_URL);
    expect(context!.people.filter((p) => p.role === 'to')).toHaveLength(50);
  });

  it('a thread with only the user in it yields no people', () => {
    const doc = thread();
    for (const el of doc.querySelectorAll('[email]')) el.setAttribute('email', 'alex.morgan@mycompany.com');
    doc.querySelector('.a3s')!.textContent = 'Note to self';
    const { context } = detect(doc, THREAD_URL);
    expect(context).toMatchObject({ view: 'thread', people: [], selfEmail: 'alex.morgan@mycompany.com' });
  });

  it('an empty compose is a compose with nobody in it, and no miss', () => {
    const doc = compose();
    for (const chip of doc.querySelectorAll('[role=option]')) chip.remove();
    for (const input of doc.querySelectorAll('input[peoplekit-id]')) input.setAttribute('value', '');
    expect(detect(doc, COMPOSE_URL)).toEqual({
      context: expect.objectContaining({ view: 'compose', people: [] }),
      misses: [],
    });
  });

  it('a fully collapsed thread still yields every sender, without recipients', () => {
    const doc = thread();
    const expanded = doc.querySelector('.h7')!;
    expanded.classList.replace('h7', 'kv');
    expanded.querySelector('.hb')!.remove();
    expanded.querySelector('.ii')!.remove();
    const { context } = detect(doc, THREAD_URL);
    expect(context!.people).toEqual([
      { email: 'ana.ruiz@northwind.com', name: 'Ana Ruiz', role: 'from' },
      { email: 'tom.becker@northwind.com', name: 'Tom Becker', role: 'from' },
    ]);
  });

  it('clips a 100,000-character name to what a page context may carry', () => {
    const doc = thread();
    doc.querySelector('.h7 .gD')!.setAttribute('name', 'x'.repeat(100_000));
    const { context } = detect(doc, THREAD_URL);
    expect(context!.people.find((p) => p.email === 'tom.becker@northwind.com')!.name).toHaveLength(1_000);
  });

  it('falls back to the avatar hovercard, then to the printed address, when the sender span loses its attributes', () => {
    const doc = thread();
    const sender = doc.querySelector('.h7 .gD')!;
    sender.removeAttribute('email');
    sender.removeAttribute('data-hovercard-id');
    expect(detect(doc, THREAD_URL).context!.strategy).toBe('thread:sender-header-attr+sender-hovercard');
    doc.querySelector('.h7 img.ajn')!.remove();
    const { context, misses } = detect(doc, THREAD_URL);
    expect(context!.strategy).toBe('thread:sender-header-attr+sender-header-text');
    expect(context!.people.map((p) => p.email)).toContain('tom.becker@northwind.com');
    expect(misses).toEqual([]);
  });

  it('counts a miss, without personal data, when a message shows no sender at all', () => {
    const doc = thread();
    const header = doc.querySelector('.h7 h3')!;
    header.replaceChildren(doc.createTextNode('Tom'));
    doc.querySelector('.h7 img.ajn')?.remove();
    expect(detect(doc, THREAD_URL).misses).toEqual([{ view: 'thread', part: 'sender' }]);
  });

  it('is not fooled by a page with no Gmail view at all', () => {
    const doc = loadFixture('gmail', 'synthetic_2026-11_thread.html', THREAD_URL.href);
    doc.body.replaceChildren();
    expect(detect(doc, THREAD_URL)).toEqual({ context: null, misses: [] });
  });
});
