import { describe, expect, it } from 'vitest';
import { revisionToKeep } from './revisions';

const now = new Date('2026-03-10T12:00:00Z');
const ago = (minutes: number) => new Date(now.getTime() - minutes * 60_000);
const text = { title: 'T', contentHtml: '<p>new</p>' };

describe('revisionToKeep', () => {
  it('keeps a revision on every publish', () => {
    expect(
      revisionToKeep({
        kind: 'publish',
        last: { reason: 'autosave', createdAt: ago(1), title: 'T', contentHtml: '<p>old</p>' },
        now,
        ...text,
      }),
    ).toBe('publish');
    expect(revisionToKeep({ kind: 'publish', last: null, now, ...text })).toBe('publish');
  });

  it('keeps an autosave revision at most once per 10 minutes', () => {
    expect(revisionToKeep({ kind: 'autosave', last: null, now, ...text })).toBe('autosave');
    expect(
      revisionToKeep({
        kind: 'autosave',
        last: { reason: 'autosave', createdAt: ago(9), title: 'T', contentHtml: '<p>old</p>' },
        now,
        ...text,
      }),
    ).toBeNull();
    expect(
      revisionToKeep({
        kind: 'autosave',
        last: { reason: 'autosave', createdAt: ago(10), title: 'T', contentHtml: '<p>old</p>' },
        now,
        ...text,
      }),
    ).toBe('autosave');
  });

  it('keeps a publish of text that was autosaved before, but not the same publish twice', () => {
    expect(revisionToKeep({ kind: 'publish', last: { reason: 'autosave', createdAt: ago(1), ...text }, now, ...text })).toBe(
      'publish',
    );
    expect(
      revisionToKeep({ kind: 'publish', last: { reason: 'publish', createdAt: ago(60), ...text }, now, ...text }),
    ).toBeNull();
  });

  it('keeps no autosave when the text is what the last revision holds', () => {
    expect(
      revisionToKeep({ kind: 'autosave', last: { reason: 'autosave', createdAt: ago(60), ...text }, now, ...text }),
    ).toBeNull();
  });
});
