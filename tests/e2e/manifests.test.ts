import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  EXPECTED_CHROME_ONLY_PERMISSIONS,
  EXPECTED_HOSTS,
  EXPECTED_OPTIONAL_PERMISSIONS,
  EXPECTED_PERMISSIONS,
} from './expected';

/** Both generated manifests ask for what the features use, and nothing more. */
const read = (target: string) => JSON.parse(readFileSync(join('.output', target, 'manifest.json'), 'utf8'));
const HOSTS = EXPECTED_HOSTS;
const version = JSON.parse(readFileSync('package.json', 'utf8')).version;

describe.each(['chrome-mv3', 'firefox-mv3'])('%s manifest', (target) => {
  const manifest = read(target);

  it('is MV3, versioned from package.json, with real icons', () => {
    expect(manifest.manifest_version).toBe(3);
    expect(manifest.version).toBe(version);
    expect(Object.keys(manifest.icons)).toEqual(['16', '32', '48', '96', '128']);
  });

  it('asks only for storage, alarms, notifications and the mail and calendar hosts; downloads only when asked', () => {
    const chromeOnly = target === 'chrome-mv3' ? EXPECTED_CHROME_ONLY_PERMISSIONS : [];
    expect(manifest.permissions).toEqual([...EXPECTED_PERMISSIONS, ...chromeOnly]);
    expect(manifest.host_permissions).toEqual(HOSTS);
    expect(manifest.optional_permissions).toEqual(EXPECTED_OPTIONAL_PERMISSIONS);
  });

  it('runs each content script on its own site only', () => {
    const matches = Object.fromEntries(
      manifest.content_scripts.map((c: { js: string[]; matches: string[] }) => [c.js[0], c.matches.sort()]),
    );
    expect(matches).toEqual({
      'content-scripts/gmail.js': ['https://mail.google.com/*'],
      'content-scripts/calendar.js': ['https://calendar.google.com/*'],
      'content-scripts/outlook.js': HOSTS.filter((h) => h.includes('outlook')).sort(),
    });
  });

  it('exposes only the two frame pages, only to the mail and calendar hosts', () => {
    expect(manifest.web_accessible_resources).toHaveLength(1);
    const [war] = manifest.web_accessible_resources;
    expect(war.resources).toEqual(['sidebar.html', 'briefing.html']);
    expect(war.matches).toEqual(HOSTS);
    // A per-session URL exists in Chrome only.
    expect(war.use_dynamic_url).toBe(target === 'chrome-mv3' ? true : undefined);
  });

  it("builds Chrome's offscreen document for Chrome only, and never exposes it to web pages", () => {
    expect(existsSync(join('.output', target, 'offscreen.html'))).toBe(target === 'chrome-mv3');
    const exposed = manifest.web_accessible_resources.flatMap((w: { resources: string[] }) => w.resources);
    expect(exposed).not.toContain('offscreen.html');
  });

  it('declares its commands', () => {
    expect(Object.keys(manifest.commands).sort()).toEqual(['_execute_action', 'toggle-sidebar']);
  });
});

describe('firefox specifics', () => {
  const manifest = read('firefox-mv3');
  it('has a gecko id, declares no data collection, and a minimum version that reads every key', () => {
    expect(manifest.browser_specific_settings).toEqual({
      gecko: {
        id: 'account-lens@account-lens.dev',
        strict_min_version: '140.0',
        data_collection_permissions: { required: ['none'] },
      },
      gecko_android: { strict_min_version: '142.0' },
    });
    expect(manifest.background).toEqual({ scripts: ['background.js'] });
  });
});
