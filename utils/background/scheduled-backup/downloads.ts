import { browser } from 'wxt/browser';
import type { DownloadStatus } from './run';

/** The downloads API, present only while the optional `downloads` permission is granted. */
const downloads = (): typeof browser.downloads | undefined => browser.downloads;

/** Saves `url` into the downloads folder as `path`, without asking where; resolves with the download's id. */
export async function startDownload(url: string, path: string): Promise<number> {
  const api = downloads();
  if (!api) throw new Error('the downloads permission is missing');
  return api.download({ url, filename: path, conflictAction: 'uniquify', saveAs: false });
}

/** A download by id (or by URL, before its id was saved); null when the browser has none. */
export async function findDownload(ref: { id?: number; url: string }): Promise<DownloadStatus | null> {
  const api = downloads();
  if (!api) return null;
  const [item] = await api.search(ref.id === undefined ? { url: ref.url } : { id: ref.id });
  return item ? { id: item.id, state: item.state as DownloadStatus['state'], error: item.error } : null;
}

/**
 * Calls `ended` with the id of each download that completes or is interrupted. Listening takes the permission:
 * called at start-up (so the event wakes a stopped worker) and again before each download (the permission may
 * have been granted since); it listens once.
 */
export function watchDownloadEnds(ended: (id: number) => void): () => void {
  let listening = false;
  return () => {
    const api = downloads();
    if (listening || !api) return;
    listening = true;
    api.onChanged.addListener(({ id, state }) => {
      if (state?.current === 'complete' || state?.current === 'interrupted') ended(id);
    });
  };
}
