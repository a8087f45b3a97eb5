import { useState } from 'preact/hooks';
import { addDays, toLocalDate } from '../../utils/shared/dates';
import { SENTIMENTS, type Sentiment } from '../../utils/shared/model';

export interface MeetingOutcome {
  outcome: string;
  sentiment: Sentiment;
  followUps: Array<{ title: string; due: string }>;
}

/** "Log this meeting": the outcome, how it went, and any follow-ups, saved together. */
export function LogMeetingForm({
  today,
  onSave,
  onCancel,
}: {
  today: Date;
  onSave: (outcome: MeetingOutcome) => Promise<boolean>;
  onCancel: () => void;
}) {
  const [outcome, setOutcome] = useState('');
  const [sentiment, setSentiment] = useState<Sentiment>('neutral');
  const [followUps, setFollowUps] = useState<Array<{ title: string; due: string }>>([]);
  const defaultDue = addDays(toLocalDate(today), 3);
  const update = (index: number, patch: Partial<{ title: string; due: string }>) =>
    setFollowUps(followUps.map((f, i) => (i === index ? { ...f, ...patch } : f)));

  const submit = async (event: Event) => {
    event.preventDefault();
    await onSave({ outcome, sentiment, followUps: followUps.filter((f) => f.title.trim()) });
  };

  return (
    <form
      class="log-meeting"
      onSubmit={submit}
      onKeyDown={(e) => e.key === 'Escape' && onCancel()}
      aria-label="Log this meeting"
    >
      <label>
        Outcome
        <textarea
          rows={2}
          value={outcome}
          onInput={(e) => setOutcome(e.currentTarget.value)}
          placeholder="What was agreed"
          data-testid="meeting-outcome"
        />
      </label>
      <label>
        How it went
        <select
          value={sentiment}
          onChange={(e) => setSentiment(e.currentTarget.value as Sentiment)}
          data-testid="meeting-sentiment"
        >
          {SENTIMENTS.map((s) => (
            <option key={s} value={s}>
              {s}
            </option>
          ))}
        </select>
      </label>
      {followUps.map((f, i) => (
        <div class="follow-up" key={i}>
          <label>
            Follow-up
            <input
              value={f.title}
              onInput={(e) => update(i, { title: e.currentTarget.value })}
              data-testid="follow-up-title"
            />
          </label>
          <label>
            Due
            <input type="date" value={f.due} onInput={(e) => update(i, { due: e.currentTarget.value })} />
          </label>
        </div>
      ))}
      <div class="row">
        <button
          type="button"
          onClick={() => setFollowUps([...followUps, { title: '', due: defaultDue }])}
          data-testid="add-follow-up"
        >
          + Follow-up
        </button>
        <button type="submit" class="primary" data-testid="save-meeting">
          Save
        </button>
        <button type="button" onClick={onCancel}>
          Cancel
        </button>
      </div>
    </form>
  );
}
