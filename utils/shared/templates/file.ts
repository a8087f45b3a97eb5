/**
 * A templates file, so a team can share a set: JSON with its format and version, read back with every
 * template checked against the same schema as the stored set. Reading never writes: the caller decides.
 */
import * as v from 'valibot';
import { messageTemplateSchema, placeholdersIn, TEMPLATES_MAX, type MessageTemplate } from './template';

export const TEMPLATES_FILE_FORMAT = 'account-lens-templates';
export const TEMPLATES_FILE_VERSION = 1;
export const TEMPLATES_FILE_NAME = 'account-lens-templates.json';
/** 200 templates at their longest are about 4 MB, but a real set is a few KB: larger is not a templates file. */
export const TEMPLATES_FILE_MAX_BYTES = 1024 * 1024;

export function templatesFileText(templates: MessageTemplate[], now: Date): string {
  const file = {
    format: TEMPLATES_FILE_FORMAT,
    version: TEMPLATES_FILE_VERSION,
    exportedAt: now.toISOString(),
    templates,
  };
  return `${JSON.stringify(file, null, 2)}\n`;
}

const NOT_A_FILE = 'This is not an Account Lens templates file.';
/** What a missing or wrong field of the file's envelope means to the user. */
const ENVELOPE_PROBLEMS = {
  format: NOT_A_FILE,
  version: 'This templates file has no version.',
  templates: 'This templates file holds no list of templates.',
};
const envelopeSchema = v.object(
  {
    format: v.literal(TEMPLATES_FILE_FORMAT),
    version: v.pipe(v.number(), v.integer(), v.minValue(1)),
    templates: v.array(v.unknown()),
  },
  NOT_A_FILE,
);

/** The templates a file holds, checked; throws an Error saying what is wrong, and in which template. */
export function readTemplatesFile(text: string): MessageTemplate[] {
  // Checked before parsing: a character is at least one byte.
  if (text.length > TEMPLATES_FILE_MAX_BYTES || new Blob([text]).size > TEMPLATES_FILE_MAX_BYTES)
    throw new Error('This file is over 1 MB: it is not a templates file. Nothing was read.');
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    throw new Error('This file is not a templates file: it is not JSON.');
  }
  const envelope = v.safeParse(envelopeSchema, data);
  if (!envelope.success) {
    const key = envelope.issues[0].path?.[0]?.key as keyof typeof ENVELOPE_PROBLEMS | undefined;
    throw new Error(key ? ENVELOPE_PROBLEMS[key] : NOT_A_FILE);
  }
  const { version, templates } = envelope.output;
  if (version > TEMPLATES_FILE_VERSION)
    throw new Error(
      `This templates file is version ${version}, written by a newer Account Lens; this one reads version ${TEMPLATES_FILE_VERSION}. Update Account Lens to import it.`,
    );
  if (templates.length > TEMPLATES_MAX)
    throw new Error(`This file holds ${templates.length} templates; a set holds at most ${TEMPLATES_MAX}.`);
  const seen = new Map<string, number>();
  return templates.map((entry, index) => {
    const where = `Template ${index + 1}${nameOf(entry)}`;
    const parsed = v.safeParse(messageTemplateSchema, entry);
    if (!parsed.success) throw new Error(`${where}: ${problemOf(parsed.issues[0])}`);
    // As the editor refuses to save one: a placeholder that names no variable would only ever be flagged.
    const unknown = placeholdersIn(parsed.output.subject, parsed.output.body).unknown;
    if (unknown.length) throw new Error(`${where}: {{${unknown[0]}}} is not a variable.`);
    const first = seen.get(parsed.output.id);
    if (first !== undefined) throw new Error(`${where} has the same id as template ${first + 1}.`);
    seen.set(parsed.output.id, index);
    return parsed.output;
  });
}

/** ` (“QBR”)` when the entry has a name to show, so the user finds it in the file. */
function nameOf(entry: unknown): string {
  const name = entry && typeof entry === 'object' && 'name' in entry ? entry.name : undefined;
  return typeof name === 'string' && name.trim() ? ` (“${name.trim().slice(0, 60)}”)` : '';
}

/** The schema's own words where it has them (a name is required); else which field is missing or wrong. */
function problemOf(issue: v.BaseIssue<unknown>): string {
  if (issue.kind !== 'schema') return issue.message;
  const field = issue.path?.map((item) => String(item.key)).join('.');
  if (!field) return 'It is not a template.';
  if (issue.type === 'strict_object' && issue.input !== undefined) return `“${field}” is not a template field.`;
  return issue.input === undefined ? `It has no “${field}”.` : `Its “${field}” is not text.`;
}

/** The set after an import: a template with an id already in the set replaces it where it is; others go at the end. */
export function mergeTemplates(
  current: MessageTemplate[],
  incoming: MessageTemplate[],
): { next: MessageTemplate[]; added: number; replaced: number } {
  const byId = new Map(incoming.map((t) => [t.id, t]));
  const next = current.map((t) => byId.get(t.id) ?? t);
  const replaced = current.filter((t) => byId.has(t.id)).length;
  const known = new Set(current.map((t) => t.id));
  const fresh = incoming.filter((t) => !known.has(t.id));
  next.push(...fresh);
  if (next.length > TEMPLATES_MAX)
    throw new Error(
      `Importing would make ${next.length} templates; a set holds at most ${TEMPLATES_MAX}. Delete some first, or import fewer.`,
    );
  return { next, added: fresh.length, replaced };
}
