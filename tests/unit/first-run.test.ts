import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { afterInstalled, type FirstRunDeps } from '../../utils/background/first-run';
import { compareVersions, WHATS_NEW, whatsNewFor, type WhatsNewNote } from '../../utils/shared/whats-new';

/** What the browser's install, update and start events do: the welcome page on a first install only. */
function deps(readUpTo: string | null, version = '0.3.0', welcomed = false) {
  const opened: string[] = [];
  const state = { readUpTo, welcomed };
  const value: FirstRunDeps = {
    openWelcome: async () => void opened.push('welcome'),
    version,
    readUpTo: { getValue: async () => state.readUpTo, setValue: async (v) => void (state.readUpTo = v) },
    welcomed: { getValue: async () => state.welcomed, setValue: async (v) => void (state.welcomed = v) },
  };
  return { value, opened, state };
}

describe('after the browser installs or updates the extension', () => {
  it('a first install opens the welcome page once, and marks nothing as new', async () => {
    const d = deps(null);
    await afterInstalled({ reason: 'install' }, d.value);
    expect(d.opened).toEqual(['welcome']);
    expect(d.state.readUpTo).toBe('0.3.0');
    expect(d.state.welcomed).toBe(true);
  });

  it('"install" again on a profile that was already welcomed opens nothing, and keeps what was read', async () => {
    // Chromium reports "install" on every start for an extension loaded from the command line.
    const d = deps('0.2.0', '0.3.0', true);
    await afterInstalled({ reason: 'install' }, d.value);
    await afterInstalled({ reason: 'install' }, d.value);
    expect(d.opened).toEqual([]);
    expect(d.state.readUpTo).toBe('0.2.0');
    const once = deps(null);
    await afterInstalled({ reason: 'install' }, once.value);
    await afterInstalled({ reason: 'install' }, once.value);
    expect(once.opened).toEqual(['welcome']);
  });

  it.each(['update', 'browser_update', 'shared_module_update', 'chrome_update'])('%s opens nothing', async (reason) => {
    const d = deps('0.2.0');
    await afterInstalled({ reason, previousVersion: '0.2.0' }, d.value);
    expect(d.opened).toEqual([]);
    expect(d.state.readUpTo).toBe('0.2.0');
  });

  it('an update from a version without notes makes the notes after it new; an older note left unread stays unread', async () => {
    const fresh = deps(null);
    await afterInstalled({ reason: 'update', previousVersion: '0.2.0' }, fresh.value);
    expect(fresh.state.readUpTo).toBe('0.2.0');
    const behind = deps('0.1.0');
    await afterInstalled({ reason: 'update', previousVersion: '0.2.0' }, behind.value);
    expect(behind.state.readUpTo).toBe('0.1.0');
  });
});

describe("what's new", () => {
  const notes: WhatsNewNote[] = [
    { version: '0.10.0', items: ['ten'] },
    { version: '0.3.0', items: ['three'] },
    { version: '0.2.0', items: ['two'] },
  ];

  it('compares versions by number, not by text', () => {
    expect(compareVersions('0.10.0', '0.9.2')).toBeGreaterThan(0);
    expect(compareVersions('1.0', '1.0.0')).toBe(0);
    expect(compareVersions('0.2.1', '0.3')).toBeLessThan(0);
  });

  it('lists the notes up to the running version, newest first, new until read', () => {
    expect(whatsNewFor('0.3.0', '0.2.0', notes).map((n) => [n.version, n.unread])).toEqual([
      ['0.3.0', true],
      ['0.2.0', false],
    ]);
    expect(whatsNewFor('0.10.0', '0.10.0', notes).every((n) => !n.unread)).toBe(true);
    expect(whatsNewFor('0.3.0', null, notes).every((n) => n.unread)).toBe(true);
  });
});

describe("the shipped what's new notes", () => {
  it('are newest first, none after the package version, each a version of the changelog, each short', () => {
    const version = JSON.parse(readFileSync('package.json', 'utf8')).version as string;
    const changelog = readFileSync('CHANGELOG.md', 'utf8');
    const versions = WHATS_NEW.map((n) => n.version);
    expect([...versions].sort((a, b) => compareVersions(b, a))).toEqual(versions);
    for (const note of WHATS_NEW) {
      expect(compareVersions(note.version, version)).toBeLessThanOrEqual(0);
      expect(changelog).toContain(`## ${note.version}`);
      expect(note.items.length).toBeLessThanOrEqual(4);
    }
  });
});
