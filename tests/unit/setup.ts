import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { beforeEach } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';

beforeEach(() => {
  // A fresh, empty IndexedDB and browser state for every test.
  globalThis.indexedDB = new IDBFactory();
  fakeBrowser.reset();
});
