/**
 * Asks the browser to keep Account Lens data under storage pressure. Only a
 * page can ask (a service worker cannot), so the options page does, once.
 */
export async function requestPersistentStorage(): Promise<boolean> {
  if (!navigator.storage?.persist) return false;
  if (await navigator.storage.persisted()) return true;
  return navigator.storage.persist();
}
