import { useState } from 'preact/hooks';
import {
  mergeTemplates,
  readTemplatesFile,
  TEMPLATES_FILE_MAX_BYTES,
  TEMPLATES_FILE_NAME,
  templatesFileText,
} from '../../../utils/shared/templates/file';
import type { MessageTemplate } from '../../../utils/shared/templates/template';
import { useOptions } from '../options-state';

interface PendingImport {
  file: string;
  incoming: MessageTemplate[];
  added: number;
  replaced: number;
}

const plural = (n: number, one: string) => `${n} ${one}${n === 1 ? '' : 's'}`;

/** Export and import of the set as a file: an import says what it will do and writes all or nothing, with Undo. */
export function TemplatesFile({
  list,
  write,
}: {
  list: MessageTemplate[];
  write: (next: MessageTemplate[]) => Promise<void>;
}) {
  const { api, act, notify } = useOptions();
  const [pending, setPending] = useState<PendingImport | null>(null);

  const exportSet = () => {
    api.downloadFile(TEMPLATES_FILE_NAME, 'application/json', templatesFileText(list, api.now()));
    notify({ text: `Exported ${plural(list.length, 'template')} to ${TEMPLATES_FILE_NAME} in your downloads.` });
  };
  const choose = async (input: HTMLInputElement) => {
    const file = input.files?.[0];
    // Cleared, so choosing the same file again (after fixing it) reads it again.
    input.value = '';
    setPending(null);
    if (!file) return;
    try {
      if (file.size > TEMPLATES_FILE_MAX_BYTES)
        throw new Error('This file is over 1 MB: it is not a templates file. Nothing was read.');
      const incoming = readTemplatesFile(await file.text());
      const { added, replaced } = mergeTemplates(await api.templates.get(), incoming);
      setPending({ file: file.name, incoming, added, replaced });
    } catch (error) {
      notify({ text: `${file.name}: ${(error as Error).message} Nothing was imported.`, error: true });
    }
  };
  const confirm = (plan: PendingImport) =>
    void act(`Imported ${plan.file}: ${summary(plan)}.`, async () => {
      const previous = await api.templates.get();
      // Merged again with the set as it is now: another page may have changed it since the file was read.
      await write(mergeTemplates(previous, plan.incoming).next);
      setPending(null);
      return { undo: { label: 'Import undone: your templates are as they were.', run: () => write(previous) } };
    });

  return (
    <div class="templates-file">
      <button type="button" onClick={exportSet} disabled={!list.length} data-testid="templates-export">
        Export
      </button>{' '}
      <label class="file">
        Import…
        <input
          type="file"
          accept=".json,application/json"
          onChange={(e) => void choose(e.currentTarget)}
          data-testid="templates-import-file"
        />
      </label>
      {pending && (
        <div class="preview" data-testid="templates-import-preview">
          <h3>{pending.file}</h3>
          <p data-testid="templates-import-summary">{sentence(summary(pending))}</p>
          {pending.replaced > 0 && (
            <p class="warn">A template with the same id as one of yours replaces it, with the file's text.</p>
          )}
          <button type="button" class="primary" onClick={() => confirm(pending)} data-testid="templates-import-confirm">
            Confirm
          </button>{' '}
          <button type="button" onClick={() => setPending(null)}>
            Cancel
          </button>
        </div>
      )}
    </div>
  );
}

/** "adds 3, replaces 1": what the import does to the set. */
function summary({ added, replaced }: Pick<PendingImport, 'added' | 'replaced'>): string {
  return [`adds ${added}`, ...(replaced ? [`replaces ${replaced}`] : [])].join(', ');
}

const sentence = (text: string) => `${text.charAt(0).toUpperCase()}${text.slice(1)}.`;
