import { useState } from 'preact/hooks';
import type { DataActions, ImportPreview, MappingNeeded } from '../../../utils/pages/data-actions';
import { ColumnMapper } from './ColumnMapper';
import { ImportPreviewBox } from './ImportPreviewBox';

/** Runs one step of the data panel or the welcome page, showing its message or its failure. */
export type RunStep = (work: () => Promise<string | void>) => Promise<void>;

/**
 * An import's steps after the files are chosen: the column mapping when a file is no known export, the
 * preview, then the all-or-nothing write with its progress. The data panel and the welcome page share it.
 */
export function useImportSteps(actions: DataActions, run: RunStep, clearStatus: () => void) {
  const [preview, setPreview] = useState<ImportPreview | null>(null);
  const [mapping, setMapping] = useState<MappingNeeded['mappingNeeded'] | null>(null);
  const [progress, setProgress] = useState<number | null>(null);
  return {
    preview,
    mapping,
    progress,
    /** Reads the files the input holds (and empties it, so the same file can be chosen again). */
    choose(input: HTMLInputElement) {
      const files = [...(input.files ?? [])];
      input.value = '';
      if (!files.length) return;
      setPreview(null);
      setMapping(null);
      clearStatus();
      void run(async () => {
        const result = await actions.preview(files);
        if ('mappingNeeded' in result) setMapping(result.mappingNeeded);
        else setPreview(result);
      });
    },
    previewMapped(mappings: Parameters<DataActions['previewMapped']>[0]) {
      clearStatus();
      void run(async () => {
        setPreview(await actions.previewMapped(mappings));
        setMapping(null);
      });
    },
    confirm() {
      void run(async () => {
        setProgress(0);
        try {
          const text = await actions.commit((done, total) => setProgress(total ? done / total : 1));
          setPreview(null);
          return text;
        } finally {
          setProgress(null);
        }
      });
    },
    cancelMapping: () => (actions.cancel(), setMapping(null)),
    cancelPreview: () => (actions.cancel(), setPreview(null)),
  };
}
export type ImportStepsState = ReturnType<typeof useImportSteps>;

export function ImportSteps({ steps }: { steps: ImportStepsState }) {
  return (
    <>
      {steps.mapping && (
        <ColumnMapper files={steps.mapping} onConfirm={steps.previewMapped} onCancel={steps.cancelMapping} />
      )}
      {steps.preview && (
        <ImportPreviewBox
          preview={steps.preview}
          busy={steps.progress !== null}
          onConfirm={steps.confirm}
          onCancel={steps.cancelPreview}
        />
      )}
      {steps.progress !== null && <progress max={1} value={steps.progress} aria-label="Import progress" />}
    </>
  );
}
