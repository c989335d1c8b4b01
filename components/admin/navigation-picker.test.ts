import { describe, expect, it } from 'vitest';
import { moveItem } from './NavigationPicker';

describe('moveItem', () => {
  it('swaps an item with its neighbour', () => {
    expect(moveItem([1, 2, 3], 1, 'up')).toEqual([2, 1, 3]);
    expect(moveItem([1, 2, 3], 1, 'down')).toEqual([1, 3, 2]);
  });

  it('leaves the first item first and the last item last', () => {
    expect(moveItem([1, 2, 3], 0, 'up')).toEqual([1, 2, 3]);
    expect(moveItem([1, 2, 3], 2, 'down')).toEqual([1, 2, 3]);
  });
});
