import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type * as Y from 'yjs';
import { boardScope } from '../../../../shared/board/document';

const GATHER_MS = 800;

/** Announces, politely and in one sentence per burst, the changes other people make. */
export function RemoteChangeAnnouncer({ doc, active }: { doc: Y.Doc; active: boolean }) {
  const { t } = useTranslation('board');
  const [message, setMessage] = useState('');
  useEffect(() => {
    if (!active) return;
    const [agencies, ties] = boardScope(doc);
    const changed = { agencies: new Set<string>(), ties: new Set<string>() };
    let timer: ReturnType<typeof setTimeout> | undefined;
    const watch =
      (into: Set<string>) => (events: Y.YEvent<Y.AbstractType<unknown>>[], tr: Y.Transaction) => {
        if (tr.local) return;
        for (const event of events) {
          const [id] = event.path;
          if (typeof id === 'string') into.add(id);
          else for (const key of event.changes.keys.keys()) into.add(key);
        }
        timer ??= setTimeout(() => {
          timer = undefined;
          setMessage(
            t('announce.remote', { agencies: changed.agencies.size, ties: changed.ties.size }),
          );
          changed.agencies.clear();
          changed.ties.clear();
        }, GATHER_MS);
      };
    const onAgencies = watch(changed.agencies);
    const onTies = watch(changed.ties);
    agencies?.observeDeep(onAgencies);
    ties?.observeDeep(onTies);
    return () => {
      agencies?.unobserveDeep(onAgencies);
      ties?.unobserveDeep(onTies);
      clearTimeout(timer);
    };
  }, [doc, active, t]);
  return (
    <div role="status" className="visually-hidden" data-testid="remote-announcer">
      {message}
    </div>
  );
}
