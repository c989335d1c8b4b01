import { describe, expect, it } from 'vitest';
import { HIGHLIGHT_END as E, HIGHLIGHT_START as S, splitHighlights } from './highlight';

describe('splitHighlights', () => {
  it('splits marked text into plain and highlighted runs', () => {
    expect(splitHighlights(`a short ${S}quotation${E} is a ${S}seasoning${E}…`)).toEqual([
      { text: 'a short ', highlighted: false },
      { text: 'quotation', highlighted: true },
      { text: ' is a ', highlighted: false },
      { text: 'seasoning', highlighted: true },
      { text: '…', highlighted: false },
    ]);
  });

  it('keeps text without markers as one plain run', () => {
    expect(splitHighlights('plain')).toEqual([{ text: 'plain', highlighted: false }]);
    expect(splitHighlights('')).toEqual([]);
  });

  it('drops unbalanced and stray markers without losing text', () => {
    expect(splitHighlights(`${E}a${S}b`)).toEqual([
      { text: 'a', highlighted: false },
      { text: 'b', highlighted: true },
    ]);
    expect(splitHighlights(`${S}${S}a${E}${E}b`)).toEqual([
      { text: 'a', highlighted: true },
      { text: 'b', highlighted: false },
    ]);
  });

  it('leaves markup as text: markers are not tags', () => {
    expect(splitHighlights(`<${S}script${E}>alert(1)</script>`)).toEqual([
      { text: '<', highlighted: false },
      { text: 'script', highlighted: true },
      { text: '>alert(1)</script>', highlighted: false },
    ]);
  });
});
