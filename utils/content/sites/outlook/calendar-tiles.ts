import { collapseSpace } from '../common';
import { findAll } from '../selectors';
import { localDay, startClockText } from './calendar-time';
import { EVENT_TILE, TILE_DAY } from './selectors';

/** A page context's event id is at most this long. */
export const EVENT_ID_MAX = 500;

/** One event tile of the calendar grid. */
export interface EventTile {
  /** `data-calitemid`: the Exchange item id. */
  id: string;
  /** "{subject}, 9:00 AM to 9:30 AM, Tuesday, April 14, 2026, …, By {organizer}, Busy[, Recurring event]". */
  label: string;
  /** The day column's `data-column-date`, `YYYY-MM-DD`. */
  day?: string;
  element: Element;
}

export function readTiles(doc: Document): EventTile[] {
  return findAll(doc, EVENT_TILE).flatMap((element) => {
    const id = collapseSpace(element.getAttribute('data-calitemid'));
    if (!id) return [];
    const labelled = element.matches('[aria-label]') ? element : element.querySelector('[aria-label], [title]');
    const label = collapseSpace(labelled?.getAttribute('aria-label') || labelled?.getAttribute('title'));
    const day = element.closest(TILE_DAY)?.getAttribute('data-column-date') ?? undefined;
    return [{ id, label, ...(day ? { day } : {}), element }];
  });
}

/**
 * The tile the open event belongs to. The peek names no item id and no tile is marked as the one that
 * opened it (no selected or expanded state is documented), but each tile's label starts with the
 * event's subject, its column gives its day, and its label its start time. So: the tiles whose label
 * begins with the peek's subject, then those on the peek's day, then those at its start time, then the
 * one holding the focus (the tile clicked, if the peek left focus on it). One id left, or none.
 */
export function tileForEvent(
  tiles: EventTile[],
  subject: string,
  timeText: string,
  start: string | undefined,
  focused: Element | null,
): EventTile | undefined {
  if (!subject) return undefined;
  let found = tiles.filter((tile) => labelNames(tile.label, subject));
  if (start) {
    const day = localDay(start);
    found = found.filter((tile) => !tile.day || tile.day === day);
  }
  const clock = startClockText(timeText);
  // A tile that shows no clock (an all-day event) is not ruled out by it.
  if (clock) {
    // "1:00 PM to" must not be found inside "11:00 PM to"; the clock is digits, a colon, a space and AM or PM.
    const at = new RegExp(`(?:^|\\D)${clock} to `);
    found = found.filter((tile) => at.test(tile.label) || !/\d:\d\d/.test(tile.label));
  }
  if (new Set(found.map((t) => t.id)).size > 1 && focused) {
    const holding = found.filter((tile) => tile.element.contains(focused));
    if (holding.length) found = holding;
  }
  return new Set(found.map((t) => t.id)).size === 1 ? found[0] : undefined;
}

/** "{subject}, …", or "Canceled: {subject}, …" (a short prefix ending in ": "). */
function labelNames(label: string, subject: string): boolean {
  if (label === subject) return true;
  const at = label.indexOf(`${subject},`);
  return at === 0 || (at > 0 && at <= 40 && label.slice(0, at).endsWith(': '));
}

/**
 * The id of this occurrence. A recurring meeting's tiles may all carry the series' item id, so when
 * the event recurs (the tile or the peek says so) or its id is on more than one tile, the start is
 * added to the id, or the tile's day when the start is unknown: each occurrence stays its own. With
 * neither, there is no id that tells occurrences apart.
 */
export function occurrenceId(
  tile: EventTile,
  tiles: EventTile[],
  start: string | undefined,
  seriesShown: boolean,
): string | undefined {
  const shared = tiles.filter((t) => t.id === tile.id).length > 1;
  const recurring = seriesShown || shared || /, Recurring event\b/i.test(tile.label);
  if (!recurring) return tile.id.slice(0, EVENT_ID_MAX);
  const when = start ?? tile.day;
  if (!when) return undefined;
  const suffix = `@${when}`;
  return `${tile.id.slice(0, EVENT_ID_MAX - suffix.length)}${suffix}`;
}
