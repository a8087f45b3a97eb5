import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { beforeEach } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { domainData } from '../../scripts/build/domain-data';
import { domainDataReady, useDomainData } from '../../utils/shared/match/domains';

// The domain lists as the build packages them, read from the same packages, loaded before any test.
const lists = domainData();
useDomainData(async () => lists);
await domainDataReady();

beforeEach(() => {
  // A fresh, empty IndexedDB and browser state for every test.
  globalThis.indexedDB = new IDBFactory();
  fakeBrowser.reset();
});
