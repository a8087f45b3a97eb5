// @vitest-environment jsdom
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { describe, expect, it } from 'vitest';
import { HostAccess } from '../../components/options/settings/HostAccess';

const settle = () => act(() => new Promise((r) => setTimeout(r, 0)));

describe('host access on the options page', () => {
  it('says nothing when the mail and calendar hosts are granted', async () => {
    const root = document.createElement('div');
    await act(() => render(<HostAccess check={async () => true} request={async () => true} />, root));
    await settle();
    expect(root.textContent).toBe('');
  });

  it('explains and asks again when access was taken back, and goes away once granted', async () => {
    const root = document.createElement('div');
    let asked = 0;
    await act(() => render(<HostAccess check={async () => false} request={async () => (asked++, true)} />, root));
    await settle();
    expect(root.querySelector('[data-testid=host-access]')!.textContent).toContain(
      'cannot see your mail and calendar pages',
    );
    await act(() => root.querySelector('button')!.click());
    await settle();
    expect(asked).toBe(1);
    expect(root.textContent).toBe('');
  });
});
