import { useEffect, useState } from 'react';
import type { Agency } from '../../../shared/board/agency';
import { readBoard } from '../../../shared/board/document';
import { openDocument } from '../realtime/provider';

/**
 * The agencies of the given boards, live: a case refers to board agencies by id so that their
 * names and contacts stay current where the council keeps them.
 */
export function useBoardAgencies(boardIds: readonly string[]): Map<string, Agency[]> {
  const key = [...new Set(boardIds)].sort().join(',');
  const [agencies, setAgencies] = useState(new Map<string, Agency[]>());
  useEffect(() => {
    const ids = key ? key.split(',') : [];
    const opened = ids.map((id) => ({ id, document: openDocument(`board:${id}`) }));
    const read = () =>
      setAgencies(
        new Map(opened.map(({ id, document }) => [id, readBoard(document.doc).agencies])),
      );
    for (const { document } of opened) document.doc.on('update', read);
    read();
    return () => {
      for (const { document } of opened) document.destroy();
    };
  }, [key]);
  return agencies;
}
