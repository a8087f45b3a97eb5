import { browser } from 'wxt/browser';
import { isPush, type DraftInsertion, type PushMap } from '../protocol/wire';
import type { DraftFields, SiteAdapter } from './sites/types';

type DraftText = PushMap['insertIntoDraft'];

/**
 * Puts a filled template into the draft the user is writing, when the background asks on the user's behalf
 * (their "Insert" in the sidebar): the only time a content script writes into the page. The text goes in
 * through the page's own editing path (the editing command, which the editor sees as typing: an `input` event
 * of type insertText), never as HTML. No event is made up and dispatched to the page: a content script says
 * nothing to the page it runs in (the bundle scan checks), so an editor that ignores the command is reported.
 */
export function answerDraftInserts(adapter: SiteAdapter, signal: AbortSignal, doc: Document = document): void {
  if (!adapter.draft) return;
  const caret = rememberCaret(doc, signal);
  const listener = (message: unknown, sender: { id?: string; tab?: unknown }, reply: (answer: unknown) => void) => {
    // Only the background (our id, no tab) may ask.
    if (sender.id !== browser.runtime.id || sender.tab || !isPush(message) || message.type !== 'insertIntoDraft')
      return;
    // The compose the caret was left in: the user clicked the sidebar from there.
    const saved = caret.saved();
    void insertIntoDraft(adapter.draft!(doc, saved?.editor), message.data as DraftText, saved).then(reply);
    return true;
  };
  browser.runtime.onMessage.addListener(listener);
  signal.addEventListener('abort', () => browser.runtime.onMessage.removeListener(listener));
}

/**
 * Where the caret was in an editor when the user left it: clicking the sidebar moves the focus into the
 * frame, and "Insert" must still mean "at the cursor". Read only when the focus leaves an editable element.
 */
function rememberCaret(doc: Document, signal: AbortSignal) {
  let saved: { editor: Element; range: Range } | undefined;
  doc.addEventListener(
    'focusout',
    (event) => {
      const editor = event.target as HTMLElement;
      const selection = doc.getSelection();
      if (!editor.isContentEditable || !selection?.rangeCount) return;
      const range = selection.getRangeAt(0);
      if (editor.contains(range.commonAncestorContainer)) saved = { editor, range: range.cloneRange() };
    },
    { capture: true, passive: true, signal },
  );
  return { saved: () => saved };
}

export async function insertIntoDraft(
  draft: DraftFields | null,
  text: DraftText,
  caret?: { editor: Element; range: Range },
): Promise<DraftInsertion> {
  if (!draft) return { body: 'no-draft', subject: 'none' };
  const subject = text.subject.trim() ? fillSubject(draft.subject, text.subject) : 'none';
  const { body } = draft;
  body.focus();
  placeCaret(body, caret);
  const wanted = compact(text.body);
  // Counted, not just found: the same template may already be in the draft once.
  const before = occurrences(compact(body.textContent), wanted);
  const landed = () => occurrences(compact(body.textContent), wanted) > before;
  body.ownerDocument.execCommand('insertText', false, text.body);
  // An editor that renders from its own model may undo a change it did not make: check after it re-renders.
  await nextFrame(body.ownerDocument);
  return { body: landed() ? 'inserted' : 'refused', subject };
}

/** An empty subject takes the template's (`none` if the field refused it); one already written is kept. */
function fillSubject(field: HTMLInputElement | null, subject: string): DraftInsertion['subject'] {
  if (!field) return 'none';
  if (field.value.trim()) return 'kept';
  field.focus();
  field.select();
  field.ownerDocument.execCommand('insertText', false, subject);
  return field.value === subject ? 'inserted' : 'none';
}

/** The caret where the user left it in this editor, else the start of the body (above any quote or signature). */
function placeCaret(body: HTMLElement, caret?: { editor: Element; range: Range }): void {
  const selection = body.ownerDocument.getSelection();
  if (!selection) return;
  const range =
    caret && caret.editor === body && body.contains(caret.range.commonAncestorContainer) ? caret.range : startOf(body);
  selection.removeAllRanges();
  selection.addRange(range);
}

function startOf(body: HTMLElement): Range {
  const range = body.ownerDocument.createRange();
  range.setStart(body, 0);
  range.collapse(true);
  return range;
}

function occurrences(text: string, part: string): number {
  let count = 0;
  for (let at = text.indexOf(part); part && at !== -1; at = text.indexOf(part, at + part.length)) count++;
  return count;
}

const compact = (text: string | null | undefined) => (text ?? '').replace(/\s+/g, '');
const nextFrame = (doc: Document) =>
  new Promise<void>((done) => doc.defaultView!.requestAnimationFrame(() => setTimeout(done, 0)));
