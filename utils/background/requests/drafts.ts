import * as v from 'valibot';
import { LensError } from '../../shared/errors';
import { TEMPLATE_SUBJECT_MAX } from '../../shared/templates/template';
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
      subject: v.pipe(v.string(), v.maxLength(TEMPLATE_SUBJECT_MAX * 4)),
      body: v.pipe(v.string(), v.minLength(1), v.maxLength(DRAFT_BODY_MAX)),
    }),
    handle: async (text, { services: s, caller }) => {
      const context = await s.tabs.get(caller.tabId!);
      if (context?.view !== 'compose')
        throw new LensError('not-found', 'No draft is open in this page: open a compose window, then insert.');
      return s.askPage(caller.tabId!, text);
    },
  }),
};
