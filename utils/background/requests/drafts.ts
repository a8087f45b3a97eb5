import * as v from 'valibot';
import { LensError } from '../../shared/errors';
import { draftKey } from '../../shared/insights/page-log';
import { TEMPLATE_SUBJECT_MAX } from '../../shared/templates/template';
import { pageContext } from '../../shared/schemas';
import { noteSentMessage } from '../auto-log';
import { defineRequest } from './define';

/** A filled template: the body may be longer than the template (an account's open issues, listed). */
const DRAFT_BODY_MAX = 60_000;

/** The draft the user is writing in the page. */
export const draftRequests = {
  /**
   * Sidebar: "Insert" on a template, filled in by the sidebar from the records it shows. The content script
   * puts the text into the compose at the cursor (and the subject, if empty) and says whether the editor kept it.
   */
  insertIntoDraft: defineRequest({
    callers: ['sidebar'],
    data: v.strictObject({
      /** Which template it is, remembered for the draft so that logging the message records it. */
      template: v.strictObject({ id: v.pipe(v.string(), v.maxLength(64)), name: v.pipe(v.string(), v.maxLength(100)) }),
      subject: v.pipe(v.string(), v.maxLength(TEMPLATE_SUBJECT_MAX * 4)),
      body: v.pipe(v.string(), v.minLength(1), v.maxLength(DRAFT_BODY_MAX)),
    }),
    handle: async ({ template, ...text }, { services: s, caller }) => {
      const context = await s.tabs.get(caller.tabId!);
      if (context?.view !== 'compose')
        throw new LensError('not-found', 'No draft is open in this page: open a compose window, then insert.');
      const done = await s.askPage(caller.tabId!, text);
      if (done.body === 'inserted') await s.draftTemplates.set(caller.tabId!, { draft: draftKey(context), template });
      return done;
    },
  }),
  /**
   * Content script: the page's own Send was used in this compose (its button, or Ctrl+Enter). With automatic
   * logging on, the message is logged as outbound, once, when the compose has left the page; a send the user
   * undoes is taken back.
   */
  reportSent: defineRequest({
    callers: ['content'],
    data: v.strictObject({ context: pageContext }),
    handle: async ({ context }, { services: s, caller, inTabOrder }) => {
      if (context.view !== 'compose') throw new LensError('invalid', 'Only a compose is sent.');
      // Noted now, logged once the compose has left the page (the next report says so).
      const noted = await inTabOrder(caller.tabId!, () => noteSentMessage(s, caller.tabId!, context));
      return { noted };
    },
  }),
};
