/**
 * The content scripts' context, in place of WXT's `ContentScriptContext` (the build swaps it in: see
 * scripts/build/quiet-content-context.ts). WXT's announces every start to the page: a document event, and a
 * window message unless switched off, each named after the extension's fixed id. Any page could read the name
 * and learn that Account Lens is installed (undoing the per-session frame URLs), and could dispatch the event
 * itself to stop the script. Account Lens needs only the signal that ends the script's work.
 */
export class ContentScriptContext {
  private readonly controller = new AbortController();

  constructor(
    readonly contentScriptName: string,
    readonly options?: unknown,
  ) {}

  get signal(): AbortSignal {
    return this.controller.signal;
  }
  get isInvalid(): boolean {
    return this.signal.aborted;
  }
  get isValid(): boolean {
    return !this.signal.aborted;
  }
  abort(reason?: unknown): void {
    this.controller.abort(reason);
  }
  onInvalidated(callback: () => void): () => void {
    this.signal.addEventListener('abort', callback);
    return () => this.signal.removeEventListener('abort', callback);
  }
}
