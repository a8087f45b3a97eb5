import { describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { learnSelfAddress, selfIdentityLoader } from '../../utils/background/self-identity';
import { DEFAULT_SETTINGS, getSettings, settingsItem } from '../../utils/settings/settings';

describe('settings', () => {
  it('start with the documented defaults', async () => {
    expect(await getSettings()).toEqual(DEFAULT_SETTINGS);
    expect(DEFAULT_SETTINGS.cadenceDays).toEqual({ strategic: 14, key: 30, standard: 60 });
  });

  it('fill in keys a newer version added to an older stored value', async () => {
    await fakeBrowser.storage.local.set({
      settings: { selfAddresses: ['me@x.com'], enabledSites: { gmail: false } },
      settings$: { v: 1 },
    });
    const settings = await getSettings();
    expect(settings.selfAddresses).toEqual(['me@x.com']);
    expect(settings.enabledSites).toEqual({ gmail: false, 'google-calendar': true, outlook: true });
    expect(settings.cadenceDays.key).toBe(30);
  });

  it('self combines typed addresses, company domains and addresses learned from signed-in pages', async () => {
    await settingsItem.setValue({
      ...DEFAULT_SETTINGS,
      selfAddresses: ['Alex <Alex@MyCompany.com>', 'not an address'],
      companyDomains: ['eu.mycompany.com', 'http://bad'],
    });
    await learnSelfAddress('alex.personal@gmail.com');
    await learnSelfAddress('alex.personal@gmail.com');
    const self = await selfIdentityLoader()();
    expect([...self.addresses].sort()).toEqual(['alex.personal@gmail.com', 'alex@mycompany.com']);
    expect([...self.domains]).toEqual(['mycompany.com']);
  });
});

describe('self identity cache', () => {
  it('is kept in memory and dropped when settings change', async () => {
    const load = selfIdentityLoader();
    expect([...(await load()).addresses]).toEqual([]);
    await settingsItem.setValue({ ...DEFAULT_SETTINGS, selfAddresses: ['me@mycompany.com'] });
    await new Promise((r) => setTimeout(r, 0));
    expect([...(await load()).addresses]).toEqual(['me@mycompany.com']);
  });
});
