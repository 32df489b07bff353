import { describe, expect, it } from 'vitest';
import { codeOf, listSources } from '../helpers/sourceFiles';

/**
 * Entry text can never run as code: React escapes every string it renders,
 * and nothing in the renderer hands text to the HTML parser. Lint forbids
 * these sinks too (@microsoft/sdl, react/no-danger); this test keeps the
 * promise even if a lint rule is switched off, and covers the spellings lint
 * does not (insertAdjacentHTML, createContextualFragment, srcdoc, DOMParser).
 * If markdown is ever rendered as HTML, it must go through DOMPurify and this
 * list must name the one reviewed place that does.
 */
const HTML_SINKS =
  /dangerouslySetInnerHTML|\.innerHTML\b|\.outerHTML\b|insertAdjacentHTML|document\.write(ln)?\b|createContextualFragment|\bsrcdoc\b|new DOMParser\b|\beval\(|new Function\(/;

describe('the renderer', () => {
  it('never parses text as HTML or code', async () => {
    const files = [...(await listSources('renderer/src')), ...(await listSources('shared'))];
    expect(files.length).toBeGreaterThan(20);
    const offenders: string[] = [];
    for (const file of files) {
      const match = HTML_SINKS.exec(await codeOf(file));
      if (match) offenders.push(`${file}: ${match[0]}`);
    }
    expect(offenders).toEqual([]);
  });
});
