import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { requests } from '../../utils/background/requests';
import { CALLER_KINDS, type CallerKind, type RequestType } from '../../utils/protocol/messaging';
import { surfaceRequests, type SurfaceRequests } from './surface-requests';

/**
 * Each caller may ask for exactly what it uses: the allow-list of every request definition against what each
 * surface's code really sends. A request allowed to a caller whose surface never sends it fails here, and so does
 * a surface sending one it is not allowed (or sending around its typed client, where this count cannot see it).
 */
const ENTRYPOINTS: Record<CallerKind, string[]> = {
  content: [
    'entrypoints/gmail.content/index.ts',
    'entrypoints/calendar.content/index.ts',
    'entrypoints/outlook.content/index.ts',
  ],
  sidebar: ['entrypoints/sidebar/main.tsx'],
  briefing: ['entrypoints/briefing/main.tsx'],
  popup: ['entrypoints/popup/main.tsx'],
  options: ['entrypoints/options/main.tsx'],
  offscreen: ['entrypoints/offscreen/main.ts'],
};
const TYPES = Object.keys(requests) as RequestType[];
const allowedTo = (kind: CallerKind) =>
  TYPES.filter((type) => (requests[type].callers as readonly CallerKind[]).includes(kind)).sort();

let found: SurfaceRequests;
beforeAll(() => {
  found = surfaceRequests(ENTRYPOINTS);
}, 120_000);

describe('each caller may ask for exactly what its surface sends', () => {
  it('every entrypoint but the background is a surface counted here', () => {
    const surfaces = readdirSync(join(__dirname, '..', '..', 'entrypoints')).filter((name) => name !== 'background.ts');
    expect(surfaces.sort()).toEqual(
      Object.values(ENTRYPOINTS)
        .flat()
        .map((file) => file.split('/')[1]!)
        .sort(),
    );
  });

  it('no surface reaches the background other than through its typed client', () => {
    expect(found.strays).toEqual([]);
  });

  it.each(CALLER_KINDS)('%s: allowed exactly the requests it sends', (kind) => {
    const sent = [...found.uses[kind]].sort();
    expect({ allowedButNeverSent: allowedTo(kind).filter((t) => !sent.includes(t)) }).toEqual({
      allowedButNeverSent: [],
    });
    expect({ sentButNotAllowed: sent.filter((t) => !(allowedTo(kind) as string[]).includes(t)) }).toEqual({
      sentButNotAllowed: [],
    });
  });

  it('no request is sent by no surface (one only tests or the bench would use)', () => {
    const sentByAny = new Set(CALLER_KINDS.flatMap((kind) => [...found.uses[kind]]));
    expect(TYPES.filter((type) => !sentByAny.has(type))).toEqual([]);
  });
});

describe('the allow-list in docs/security.md', () => {
  it('is the one the request definitions give', () => {
    const doc = readFileSync(join(__dirname, '..', '..', 'docs', 'security.md'), 'utf8');
    const section = doc.match(/<!-- allow-list:start[^>]*-->\n([\s\S]*?)\n<!-- allow-list:end -->/)?.[1]?.trim();
    expect(section, 'Put this table in docs/security.md').toBe(allowListTable());
  });
});

/** The allow-list as the docs show it: each caller, and the requests it may send in the order they are defined. */
function allowListTable(): string {
  const rows = CALLER_KINDS.map((kind) => {
    const allowed = TYPES.filter((type) => (requests[type].callers as readonly CallerKind[]).includes(kind));
    return `| ${kind} | ${allowed.length} | ${allowed.map((t) => `\`${t}\``).join(', ')} |`;
  });
  return ['| caller | requests | which |', '|---|---:|---|', ...rows].join('\n');
}
