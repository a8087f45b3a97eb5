/**
 * Calendar's `eid` / `data-eventid` is base64 (padding stripped) of
 * "<eventId> <calendarId>". A recurring event's instance id ends in
 * `_YYYYMMDDTHHMMSSZ`, the occurrence's start, so each occurrence is its own.
 */
export function decodeEventId(encoded: string): { eventId: string; calendarId?: string } | null {
  const text = decodeBase64(encoded);
  if (!text || !/^[\w.@#-]+( [^\s]+)?$/.test(text)) return null;
  const [eventId, calendarId] = text.split(' ');
  return { eventId: eventId!, ...(calendarId ? { calendarId } : {}) };
}

export function decodeBase64(encoded: string): string | null {
  const clean = encoded.replace(/-/g, '+').replace(/_/g, '/');
  try {
    const binary = atob(clean + '='.repeat((4 - (clean.length % 4)) % 4));
    return new TextDecoder('utf-8', { fatal: true }).decode(Uint8Array.from(binary, (c) => c.charCodeAt(0)));
  } catch {
    return null;
  }
}

/** `abc_20261126T150000Z` → `2026-11-26T15:00:00.000Z`. */
export function instanceStart(eventId: string): string | undefined {
  const m = /_(\d{4})(\d{2})(\d{2})T(\d{2})(\d{2})(\d{2})Z$/.exec(eventId);
  if (!m) return undefined;
  const date = new Date(Date.UTC(+m[1]!, +m[2]! - 1, +m[3]!, +m[4]!, +m[5]!, +m[6]!));
  return Number.isNaN(date.getTime()) ? undefined : date.toISOString();
}
