import { useState } from 'preact/hooks';

type Status = { text: string; error?: boolean } | null;

/**
 * The one line under a data action that says how it went: `run` shows the text the work returns, or its error
 * (as an alert); `clear` empties it.
 */
export function useStatusLine() {
  const [status, setStatus] = useState<Status>(null);
  const run = async (work: () => Promise<string | void>) => {
    try {
      const text = await work();
      if (text) setStatus({ text });
    } catch (error) {
      setStatus({ text: (error as Error).message, error: true });
    }
  };
  return { status, run, clear: () => setStatus(null) };
}

export function StatusLine({ status, testId }: { status: Status; testId: string }) {
  if (!status) return null;
  return (
    <p role={status.error ? 'alert' : 'status'} class={status.error ? 'error' : ''} data-testid={testId}>
      {status.text}
    </p>
  );
}
