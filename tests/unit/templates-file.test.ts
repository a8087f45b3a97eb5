import { describe, expect, it } from 'vitest';
import { getTemplates, setTemplates } from '../../utils/settings/templates';
import { mergeTemplates, readTemplatesFile, templatesFileText } from '../../utils/shared/templates/file';
import { STARTER_TEMPLATES } from '../../utils/shared/templates/starters';
import { TEMPLATES_MAX, type MessageTemplate } from '../../utils/shared/templates/template';

const NOW = new Date('2026-11-24T12:00:00Z');
const qbr: MessageTemplate = {
  id: '0b7e7c1e-3f7a-4b55-9a53-2f1d3c1a0001',
  name: 'QBR',
  subject: 'QBR with {{account_name}}',
  body: 'Hi {{first_name}},\n\nLet us meet.',
  updatedAt: '2026-11-20T10:00:00.000Z',
};
const many = (n: number, prefix = 't') =>
  Array.from({ length: n }, (_, i) => ({ id: `${prefix}-${i}`, name: `T ${i}`, subject: '', body: 'x' }));
const file = (fields: Record<string, unknown>) =>
  JSON.stringify({ format: 'account-lens-templates', version: 1, exportedAt: NOW.toISOString(), ...fields });

describe('the templates file', () => {
  it('reads back exactly the templates it was written from', () => {
    const text = templatesFileText([...STARTER_TEMPLATES, qbr], NOW);
    expect(JSON.parse(text)).toMatchObject({
      format: 'account-lens-templates',
      version: 1,
      exportedAt: NOW.toISOString(),
    });
    // Pretty-printed, so a person can read and review it.
    expect(text).toContain('\n  "templates": [\n');
    expect(readTemplatesFile(text)).toEqual([...STARTER_TEMPLATES, qbr]);
  });

  it.each([
    ['not JSON', 'Subject: hello', 'This file is not a templates file: it is not JSON.'],
    ['another JSON file', JSON.stringify({ accounts: [] }), 'This is not an Account Lens templates file.'],
    ['a JSON list', '[]', 'This is not an Account Lens templates file.'],
    ['no list of templates', file({ templates: 'QBR' }), 'This templates file holds no list of templates.'],
    [
      'a newer version',
      file({ version: 2, templates: [] }),
      'This templates file is version 2, written by a newer Account Lens; this one reads version 1. Update Account Lens to import it.',
    ],
    ['no version', file({ version: 'one', templates: [] }), 'This templates file has no version.'],
    [
      'a template without a body',
      file({ templates: [qbr, { ...qbr, id: 'b', name: 'Recap' }, { ...qbr, id: 'c', body: '' }] }),
      'Template 3 (“QBR”): A template needs a body.',
    ],
    [
      'a template with a blank name',
      file({ templates: [{ ...qbr, name: '   ' }] }),
      'Template 1: A template needs a name.',
    ],
    [
      'a template without a subject',
      file({ templates: [{ id: 'a', name: 'A', body: 'x' }] }),
      'Template 1 (“A”): It has no “subject”.',
    ],
    [
      'a field of no template',
      file({ templates: [{ ...qbr, html: '<b>' }] }),
      'Template 1 (“QBR”): “html” is not a template field.',
    ],
    ['a name that is not text', file({ templates: [{ ...qbr, name: 42 }] }), 'Template 1: Its “name” is not text.'],
    ['an entry that is no template', file({ templates: ['QBR'] }), 'Template 1: It is not a template.'],
    [
      'too long a name',
      file({ templates: [{ ...qbr, name: 'N'.repeat(101) }] }),
      'A template name is at most 100 characters.',
    ],
    [
      'a placeholder that names no variable',
      file({ templates: [{ ...qbr, body: 'Hi {{constructor}}' }] }),
      'Template 1 (“QBR”): {{constructor}} is not a variable.',
    ],
    [
      'two templates with one id',
      file({ templates: [qbr, { ...qbr, name: 'QBR 2' }] }),
      'Template 2 (“QBR 2”) has the same id as template 1.',
    ],
    [
      'more templates than a set holds',
      file({ templates: many(TEMPLATES_MAX + 1) }),
      `This file holds ${TEMPLATES_MAX + 1} templates; a set holds at most ${TEMPLATES_MAX}.`,
    ],
    ['over 1 MB', file({ templates: [], padding: 'x'.repeat(1024 * 1024) }), 'This file is over 1 MB'],
  ])('refuses %s, saying what is wrong', (_name, text, message) => {
    expect(() => readTemplatesFile(text)).toThrow(message);
  });

  it('refuses a file of multi-byte text over 1 MB though it has fewer characters', () => {
    const text = file({ templates: [{ ...qbr, body: 'é'.repeat(600_000) }] });
    expect(text.length).toBeLessThan(1024 * 1024);
    expect(() => readTemplatesFile(text)).toThrow('over 1 MB');
  });

  it('leaves the stored set unchanged when a file is refused', async () => {
    await setTemplates([qbr]);
    expect(() => readTemplatesFile(file({ templates: [{ ...qbr, body: '' }] }))).toThrow();
    expect(await getTemplates()).toEqual([qbr]);
  });
});

describe('merging an imported set', () => {
  const current: MessageTemplate[] = [
    { id: 'a', name: 'A', subject: '', body: 'a' },
    { id: 'b', name: 'B', subject: '', body: 'b' },
  ];

  it('replaces a template with the same id in its place and adds the others at the end', () => {
    const incoming = [
      { id: 'c', name: 'C', subject: '', body: 'c' },
      { id: 'a', name: 'A, edited', subject: 'new', body: 'a2' },
    ];
    expect(mergeTemplates(current, incoming)).toEqual({
      next: [incoming[1], current[1], incoming[0]],
      added: 1,
      replaced: 1,
    });
    // The current list is not changed: Undo writes it back as it was.
    expect(current.map((t) => t.name)).toEqual(['A', 'B']);
  });

  it('refuses an import that would make the set larger than it may be', () => {
    expect(() => mergeTemplates(many(TEMPLATES_MAX - 1, 'x'), many(2, 'y'))).toThrow(
      `Importing would make ${TEMPLATES_MAX + 1} templates; a set holds at most ${TEMPLATES_MAX}.`,
    );
    // Replacing never grows the set: the same file again fits.
    expect(mergeTemplates(many(TEMPLATES_MAX), many(TEMPLATES_MAX)).next).toHaveLength(TEMPLATES_MAX);
  });
});
