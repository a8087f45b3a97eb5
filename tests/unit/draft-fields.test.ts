// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { gmailAdapter } from '../../utils/content/sites/gmail';
import { outlookAdapter } from '../../utils/content/sites/outlook';
import { loadFixture } from './fixture-loader';

/** Where a template goes: each mail site's compose body and subject, in the compose the user was writing. */
describe('the draft a template goes into', () => {
  it('Gmail: the compose the caret was left in, when two are open; else the newest', () => {
    const doc = loadFixture('gmail', 'synthetic_2026-11_compose-popup.html', 'https://mail.google.com/mail/u/0/#inbox');
    const first = doc.querySelector('.M9')!.closest('[role=dialog]')!;
    const second = first.cloneNode(true) as Element;
    second.querySelector('input[name=subjectbox]')!.setAttribute('value', 'Second compose');
    first.after(second);
    const [firstBody, secondBody] = [...doc.querySelectorAll<HTMLElement>('[aria-label="Message Body"]')];
    expect(gmailAdapter.draft!(doc)?.body).toBe(secondBody);
    expect(gmailAdapter.draft!(doc, firstBody)?.body).toBe(firstBody);
    expect(gmailAdapter.draft!(doc, firstBody)?.subject?.value).toBe('Iberia rollout: pricing and next steps');
  });

  it('Gmail: the Send button of a compose is its send, a look-alike outside a compose is not', () => {
    const doc = loadFixture(
      'gmail',
      'synthetic_2026-11_compose-inline-reply.html',
      'https://mail.google.com/mail/u/0/#inbox/FMfcgzQXJWxkqNvLtmHbRrsPzCdGwTfD',
    );
    expect(gmailAdapter.isSendControl!(doc.querySelector('[role=button].aoO')!)).toBe(true);
    expect(gmailAdapter.isSendControl!(doc.querySelector('[aria-label="More send options"]')!)).toBe(false);
    const dialog = doc.createElement('div');
    dialog.setAttribute('role', 'dialog');
    dialog.innerHTML = '<div role="button" class="aoO" data-tooltip="Send feedback">Send</div>';
    doc.body.append(dialog);
    expect(gmailAdapter.isSendControl!(dialog.firstElementChild!)).toBe(false);
  });

  it('Outlook: the body editor and the subject of the docked compose, and its Send button', () => {
    const doc = loadFixture(
      'outlook',
      'synthetic_2026-11_compose-pills.html',
      'https://outlook.office365.com/mail/inbox',
    );
    const draft = outlookAdapter.draft!(doc)!;
    expect(draft.body.getAttribute('aria-label')).toMatch(/^Message body/);
    expect(draft.subject?.value).toBe('Re: Renewal terms for 2027');
    expect(outlookAdapter.isSendControl!(doc.querySelector('[data-testid=ComposeSendButton]')!)).toBe(true);
    expect(outlookAdapter.isSendControl!(draft.body)).toBe(false);
  });
});
