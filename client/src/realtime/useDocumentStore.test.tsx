import { act, cleanup, renderHook } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { type DocumentView, deepIn, readWith, useDocumentStore } from './useDocumentStore';

let reads = 0;
const namesView: DocumentView<string[]> = {
  reader: readWith((doc) => {
    reads += 1;
    return [...doc.getMap<string>('names').values()].sort();
  }),
  empty: [],
  watch: deepIn((doc) => [doc.getMap('names')]),
};

describe('useDocumentStore', () => {
  afterEach(() => {
    cleanup();
    reads = 0;
  });

  it('shows the empty value until there is a document, then what the view reads', () => {
    const doc = new Y.Doc();
    doc.getMap('names').set('a', '佐藤');
    const { result, rerender } = renderHook(({ d }) => useDocumentStore(d, namesView), {
      initialProps: { d: null as Y.Doc | null },
    });
    expect(result.current).toEqual([]);
    rerender({ d: doc });
    expect(result.current).toEqual(['佐藤']);
  });

  it('reads once per transaction for every component showing it, and not for other changes', () => {
    const doc = new Y.Doc();
    const { result } = renderHook(() => ({
      one: useDocumentStore(doc, namesView),
      two: useDocumentStore(doc, namesView),
    }));
    expect(reads).toBe(1);
    expect(result.current.one).toBe(result.current.two);
    act(() =>
      doc.transact(() => {
        doc.getMap('names').set('a', '佐藤');
        doc.getMap('names').set('b', '高橋');
      }),
    );
    expect(result.current.one).toEqual(['佐藤', '高橋']);
    expect(result.current.two).toBe(result.current.one);
    expect(reads).toBe(2);
    const before = result.current.one;
    act(() => doc.getMap('other').set('x', 1));
    expect(reads).toBe(2);
    expect(result.current.one).toBe(before);
  });

  it('is up to date when a component starts showing a document changed while none did', () => {
    const doc = new Y.Doc();
    const first = renderHook(() => useDocumentStore(doc, namesView));
    first.unmount();
    doc.getMap('names').set('c', '田中');
    const { result } = renderHook(() => useDocumentStore(doc, namesView));
    expect(result.current).toEqual(['田中']);
  });
});
