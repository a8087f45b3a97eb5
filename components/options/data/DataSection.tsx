import { useState } from 'preact/hooks';
import { backupFailureText } from '../../../utils/shared/backup-failure';
import { useOptions } from '../options-state';
import { DataPanel } from './DataPanel';

/** The data panel wired to this page: its actions, made once per page, read everything again after data changed. */
export function DataSection() {
  const { api, state, reload } = useOptions();
  const [actions] = useState(() => api.data(() => (void reload(), state.data.readBackupDays())));
  const failure = state.data.backupFailure.value;
  return (
    <DataPanel
      actions={actions}
      lastBackupDays={state.data.backupDays.value}
      backupFailure={failure && backupFailureText(failure, api.now())}
      persisted={state.data.persisted.value}
    />
  );
}
