// Text cut off or pushed out of view: what a longer language (German, the pseudo-locale en-XA)
// does to a layout made in English. Form controls are left out (their content is the person's,
// and scrolls by design), and so is text shortened on purpose with an ellipsis and a title
// that holds the whole of it, and text for screen readers only.
import type { Page } from 'playwright-core';

/** Each element whose text overflows its own box or the viewport, as "tag.class: text". */
export async function clippedText(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const found: string[] = [];
    const width = document.documentElement.clientWidth;
    if (document.documentElement.scrollWidth > width + 1) found.push('the page scrolls sideways');
    for (const el of document.body.querySelectorAll<HTMLElement>('*')) {
      // Hidden, form controls, and text only for screen readers (clipped to 1px on purpose).
      if (el.closest('[hidden], textarea, input, select, svg, .visually-hidden')) continue;
      const hasText = [...el.childNodes].some((n) => n.nodeType === 3 && n.textContent!.trim());
      if (!hasText) continue;
      const style = getComputedStyle(el);
      const box = el.getBoundingClientRect();
      if (!box.width) continue;
      const onPurpose = style.textOverflow === 'ellipsis' && el.title;
      const clips = style.overflowX !== 'visible' || style.overflowY !== 'visible';
      const cut =
        clips && (el.scrollWidth > el.clientWidth + 1 || el.scrollHeight > el.clientHeight + 1);
      const outside = box.left < -1 || box.right > width + 1;
      if ((cut || outside) && !onPurpose) {
        found.push(`${el.tagName.toLowerCase()}.${el.className}: ${el.textContent!.slice(0, 60)}`);
      }
    }
    return found;
  });
}
