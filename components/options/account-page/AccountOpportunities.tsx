import { formatMoney } from '../../../utils/shared/format';
import type { Opportunity, OpportunityStage } from '../../../utils/shared/model';
import { OpportunityList } from '../../sidebar/RecordLists';
import type { SaveChange } from './record-sections';

/** Open opportunities, each moved to another stage in place, then the won and lost ones. */
export function AccountOpportunities({
  open,
  opportunities,
  privacy,
  save,
}: {
  open: Opportunity[];
  opportunities: Opportunity[];
  privacy: boolean;
  save: SaveChange;
}) {
  const stage = (o: Opportunity, next: OpportunityStage) =>
    save({ store: 'opportunities', record: { ...o, stage: next } }, `${o.title} is now ${next}.`);
  const closed = opportunities.filter((o) => o.stage === 'won' || o.stage === 'lost');
  return (
    <>
      <OpportunityList opportunities={open} privacy={privacy} onStage={stage} />
      {closed.length > 0 && (
        <section class="block" aria-labelledby="closed-heading">
          <h3 id="closed-heading">Closed opportunities</h3>
          <ul class="items">
            {closed.map((o) => (
              <li key={o.id}>
                {o.title} <span class="muted">· {o.stage}</span>
                {o.value && <span class={privacy ? 'private' : ''}> · {formatMoney(o.value)}</span>}
              </li>
            ))}
          </ul>
        </section>
      )}
    </>
  );
}
