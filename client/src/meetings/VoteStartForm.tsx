import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { LiveCommand } from '../../../shared/meeting/liveState';
import {
  MAX_VOTE_ITEMS,
  MAX_VOTES_PER_PERSON,
  VOTE_ITEM_KINDS,
  type VoteItem,
  type VoteItemKind,
} from '../../../shared/meeting/vote';
import { useRubyT } from '../furigana/useRubyT';

/** What can be voted on now, by kind: the agenda's cards, the wall's notes, a board's agencies. */
export type VoteCandidates = Partial<Record<VoteItemKind, readonly VoteItem[]>>;

type Props = { candidates: VoteCandidates; run: (command: LiveCommand) => void };

/** For the facilitator: what to vote on and how, then start. */
export function VoteStartForm({ candidates, run }: Props) {
  const { t } = useTranslation();
  const r = useRubyT(t);
  const kinds = VOTE_ITEM_KINDS.filter((k) => (candidates[k]?.length ?? 0) > 0);
  const [kind, setKind] = useState<VoteItemKind | undefined>(kinds[0]);
  const [title, setTitle] = useState('');
  const [left, setLeft] = useState<ReadonlySet<string>>(new Set());
  const [votes, setVotes] = useState(3);
  const [onePerItem, setOnePerItem] = useState(false);
  const [anonymous, setAnonymous] = useState(true);
  const current = kind && kinds.includes(kind) ? kind : kinds[0];
  if (!current) return <p>{r('meetings.vote.nothingToVoteOn')}</p>;
  const items = (candidates[current] ?? []).slice(0, MAX_VOTE_ITEMS);
  const chosen = items.filter((i) => !left.has(i.ref));

  const start = (event: FormEvent) => {
    event.preventDefault();
    run({
      type: 'vote.start',
      settings: {
        title: title.trim() || t('meetings.vote.defaultTitle'),
        kind: current,
        items: chosen,
        votesPerPerson: votes,
        onePerItem,
        anonymous,
      },
    });
  };
  const toggle = (ref: string) =>
    setLeft((was) => {
      const next = new Set(was);
      if (next.has(ref)) next.delete(ref);
      else next.add(ref);
      return next;
    });

  return (
    <form className="form vote-start" onSubmit={start} aria-labelledby="vote-start-title">
      <h3 id="vote-start-title">{r('meetings.vote.startTitle')}</h3>
      <div className="field">
        <label htmlFor="vote-name">{r('meetings.vote.name')}</label>
        <input
          id="vote-name"
          value={title}
          maxLength={100}
          placeholder={t('meetings.vote.defaultTitle')}
          onChange={(e) => setTitle(e.target.value)}
        />
      </div>
      <div className="field">
        <label htmlFor="vote-kind">{r('meetings.vote.kind')}</label>
        <select
          id="vote-kind"
          value={current}
          onChange={(e) => setKind(e.target.value as VoteItemKind)}
        >
          {kinds.map((k) => (
            <option key={k} value={k}>
              {t(`meetings.vote.kinds.${k}`)}
            </option>
          ))}
        </select>
      </div>
      <fieldset>
        <legend>{r('meetings.vote.items')}</legend>
        {items.map((item) => (
          <label key={item.ref} className="checkbox">
            <input
              type="checkbox"
              checked={!left.has(item.ref)}
              onChange={() => toggle(item.ref)}
            />
            {item.label}
          </label>
        ))}
      </fieldset>
      <div className="field">
        <label htmlFor="vote-dots">{r('meetings.vote.votesPerPerson')}</label>
        <input
          id="vote-dots"
          type="number"
          min={1}
          max={MAX_VOTES_PER_PERSON}
          value={votes}
          onChange={(e) =>
            setVotes(Math.min(MAX_VOTES_PER_PERSON, Math.max(1, Number(e.target.value) || 1)))
          }
        />
      </div>
      <label className="checkbox">
        <input
          type="checkbox"
          checked={onePerItem}
          onChange={(e) => setOnePerItem(e.target.checked)}
        />
        {r('meetings.vote.onePerItemOption')}
      </label>
      <label className="checkbox">
        <input
          type="checkbox"
          checked={anonymous}
          onChange={(e) => setAnonymous(e.target.checked)}
        />
        {r('meetings.vote.anonymousOption')}
      </label>
      <button type="submit" disabled={chosen.length === 0}>
        {r('meetings.vote.start')}
      </button>
    </form>
  );
}
