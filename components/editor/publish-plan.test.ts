import { describe, expect, it } from 'vitest';
import { publishButtonLabel, publishPlan } from './publish-plan';

const now = Date.parse('2026-03-01T12:00:00Z');

describe('publishPlan', () => {
  it('updates a published post, whatever its date', () => {
    expect(publishPlan('published', '2027-01-01T00:00:00Z', now)).toEqual({ kind: 'update' });
  });

  it('schedules a draft whose date is ahead', () => {
    expect(publishPlan('draft', '2026-03-02T09:00:00Z', now)).toEqual({ kind: 'schedule', at: new Date('2026-03-02T09:00:00Z') });
    expect(publishPlan('scheduled', '2026-03-02T09:00:00Z', now).kind).toBe('schedule');
  });

  it('publishes now without a date, or with one that has passed', () => {
    expect(publishPlan('draft', null, now)).toEqual({ kind: 'publish' });
    expect(publishPlan('draft', '2026-03-01T12:00:00Z', now)).toEqual({ kind: 'publish' });
    expect(publishPlan('scheduled', '2026-02-01T00:00:00Z', now)).toEqual({ kind: 'publish' });
  });

  it('names the primary button after the plan', () => {
    expect(publishButtonLabel({ kind: 'publish' })).toBe('Publish');
    expect(publishButtonLabel({ kind: 'schedule', at: new Date(now) })).toBe('Schedule');
    expect(publishButtonLabel({ kind: 'update' })).toBe('Update');
  });
});
