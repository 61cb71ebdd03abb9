import { act, renderHook } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import { storedArrangement, useArrangement } from './useArrangement';

describe('useArrangement', () => {
  beforeEach(() => localStorage.clear());

  it('starts with the lanes and remembers a choice per board', () => {
    const { result } = renderHook(() => useArrangement('board:one'));
    expect(result.current[0]).toBe('lanes');
    act(() => result.current[1]('fields'));
    expect(result.current[0]).toBe('fields');
    expect(storedArrangement('board:one')).toBe('fields');
    expect(storedArrangement('board:two')).toBe('lanes');
    expect(renderHook(() => useArrangement('board:one')).result.current[0]).toBe('fields');
  });

  it('ignores a stored value it does not know', () => {
    localStorage.setItem('tsunagu.board.arrangement.board:one', 'spiral');
    expect(storedArrangement('board:one')).toBe('lanes');
  });
});
