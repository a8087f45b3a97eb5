// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { makeRoom } from '../../utils/content/room';

describe('room beside the reading view', () => {
  it('adds the sidebar width to the view margin, and gives it back exactly as it was', () => {
    const view = document.body.appendChild(document.createElement('div'));
    view.style.setProperty('margin-right', '16px');
    const room = makeRoom();
    room.give(view, 360);
    expect(view.style.getPropertyValue('margin-right')).toBe('376px');
    expect(view.style.getPropertyPriority('margin-right')).toBe('important');
    room.give(view, 360);
    expect(view.style.getPropertyValue('margin-right')).toBe('376px');
    room.give(null, 0);
    expect(view.style.getPropertyValue('margin-right')).toBe('16px');
    expect(view.style.getPropertyPriority('margin-right')).toBe('');
  });

  it('moves to the new view when the app replaces it, restoring the old one', () => {
    const first = document.body.appendChild(document.createElement('main'));
    const second = document.body.appendChild(document.createElement('main'));
    const room = makeRoom();
    room.give(first, 360);
    room.give(second, 360);
    expect(first.style.getPropertyValue('margin-right')).toBe('');
    expect(second.style.getPropertyValue('margin-right')).toBe('360px');
  });

  it('writes nothing when nothing changed, so the page sees no stream of style mutations', async () => {
    const view = document.body.appendChild(document.createElement('div'));
    const room = makeRoom();
    room.give(view, 360);
    const seen: MutationRecord[] = [];
    const observer = new MutationObserver((records) => seen.push(...records));
    observer.observe(view, { attributes: true });
    for (let i = 0; i < 5; i++) room.give(view, 360);
    await Promise.resolve();
    observer.disconnect();
    expect(seen).toEqual([]);
  });
});
