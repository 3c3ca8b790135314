// Reading the selected text exactly. Chromium's contextMenus `selectionText` collapses line
// breaks and runs of spaces, which would corrupt a key file or a multi-line password, so the
// selection is read from the page itself (activeTab + scripting). Where the page cannot be
// scripted (browser pages, the PDF viewer, cross-origin frames) the caller falls back to
// `selectionText`: in Chromium always lossy; Firefox keeps its whitespace but cuts it at 16384
// characters (docs/extension.md#firefox), so there it is lossy only at that length.
import { browser } from 'wxt/browser';

export interface PageSelection {
  text: string;
  /** This frame's document has focus: with several frames, the user's selection is there. */
  focused: boolean;
}

/**
 * Runs inside the page (serialised by executeScript): it must be self-contained, with no
 * imports and no closure. A focused text field's selection wins (getSelection() does not see
 * inside <textarea>/<input>), following open shadow roots to the real focused element.
 */
export function selectionInPage(): PageSelection {
  let el: Element | null = document.activeElement;
  while (el?.shadowRoot?.activeElement) el = el.shadowRoot.activeElement;
  if (el instanceof HTMLTextAreaElement || el instanceof HTMLInputElement) {
    try {
      const { selectionStart: start, selectionEnd: end } = el;
      if (start !== null && end !== null && end > start) {
        return { text: el.value.slice(start, end), focused: document.hasFocus() };
      }
    } catch {
      // Input types without a text selection (email, number) throw: use the page selection.
    }
  }
  return { text: String(globalThis.getSelection?.() ?? ''), focused: document.hasFocus() };
}

export interface SelectionRead {
  text: string;
  /** True when the text came from `selectionText` and may have lost line breaks. */
  lossy: boolean;
}

/** How the browser's menu `selectionText` differs from the selection itself. */
export interface MenuSelectionText {
  /** Whitespace is kept as selected (Firefox) rather than collapsed (Chromium). */
  exact: boolean;
  /** The length the browser cuts it to, if it does. */
  limit: number | null;
}

export const MENU_SELECTION_TEXT: MenuSelectionText = import.meta.env.FIREFOX
  ? { exact: true, limit: 16_384 }
  : { exact: false, limit: null };

/** Whether `selectionText` as given may differ from what was selected. */
export function fallbackIsLossy(text: string, traits = MENU_SELECTION_TEXT): boolean {
  if (!text) return false;
  return !traits.exact || (traits.limit !== null && text.length >= traits.limit);
}

/** Chooses among frames' answers: the focused frame's non-empty selection, else any. */
export function pickSelection(results: (PageSelection | null | undefined)[]): string {
  const found = results.filter((r): r is PageSelection => !!r && r.text.length > 0);
  return (found.find((r) => r.focused) ?? found[0])?.text ?? '';
}

/**
 * The selection in `tabId`: in `frameId` when known (a menu click says where), else in every
 * frame (a keyboard shortcut does not). `fallback` is the menu's `selectionText`.
 */
export async function readSelection(
  tabId: number,
  frameId: number | undefined,
  fallback: string | undefined,
  traits = MENU_SELECTION_TEXT,
): Promise<SelectionRead> {
  try {
    const results = await browser.scripting.executeScript({
      target: frameId === undefined ? { tabId, allFrames: true } : { tabId, frameIds: [frameId] },
      func: selectionInPage,
    });
    const text = pickSelection(results.map((r) => r.result as PageSelection | undefined));
    if (text) return { text, lossy: false };
  } catch {
    // Not scriptable here (see above): fall through to what the browser told us.
  }
  return { text: fallback ?? '', lossy: fallbackIsLossy(fallback ?? '', traits) };
}
