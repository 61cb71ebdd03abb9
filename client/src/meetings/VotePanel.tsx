import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CommandAck } from '../../../shared/meeting/liveProtocol';
import type { LiveCommand } from '../../../shared/meeting/liveState';
import { type Ballot, dotsUsed, type VoteState } from '../../../shared/meeting/vote';
import { UserText } from '../furigana/UserText';
import { useRubyT } from '../furigana/useRubyT';
import { useFormatList } from '../i18n/useFormatList';
import { usePunctuation } from '../i18n/usePunctuation';
import { type VoteCandidates, VoteStartForm } from './VoteStartForm';

type Props = {
  vote: VoteState | null;
  candidates: VoteCandidates;
  canFacilitate: boolean;
  canVote: boolean;
  joinedBallot: { voteId: string; ballot: Ballot } | null;
  send: (command: LiveCommand) => Promise<CommandAck>;
  run: (command: LiveCommand) => void;
};

/**
 * Dot voting: the facilitator starts and ends it; everyone who may vote spends their dots and can
 * change them until the end. Only one's own dots are shown while it is open; the tally after.
 */
export function VotePanel({
  vote,
  candidates,
  canFacilitate,
  canVote,
  joinedBallot,
  ...io
}: Props) {
  const { t } = useTranslation();
  const r = useRubyT(t);
  return (
    <section aria-labelledby="vote-title" className="card meeting-vote">
      <h2 id="vote-title">{r('meetings.vote.title')}</h2>
      {vote?.status === 'open' ? (
        <OpenVote vote={vote} canVote={canVote} joinedBallot={joinedBallot} send={io.send} />
      ) : vote?.results ? (
        <VoteResults vote={vote} />
      ) : (
        <p>{r('meetings.vote.none')}</p>
      )}
      {canFacilitate && vote?.status === 'open' && (
        <button type="button" onClick={() => io.run({ type: 'vote.end' })}>
          {r('meetings.vote.end')}
        </button>
      )}
      {canFacilitate && vote?.status !== 'open' && (
        <VoteStartForm candidates={candidates} run={io.run} />
      )}
    </section>
  );
}

type OpenProps = {
  vote: VoteState;
  canVote: boolean;
  joinedBallot: Props['joinedBallot'];
  send: Props['send'];
};

function OpenVote({ vote, canVote, joinedBallot, send }: OpenProps) {
  const { t } = useTranslation();
  const r = useRubyT(t);
  const [ballot, setBallot] = useState<Ballot>({});
  const [error, setError] = useState('');
  // What the server last accepted. Clicks build on the ballot shown (a second click before the
  // first is answered adds to it); a refused one goes back to the accepted ballot.
  const accepted = useRef<Ballot>({});
  const shown = useRef<Ballot>({});
  // A new vote starts from no dots; a reloaded page from what the server kept.
  useEffect(() => {
    const kept = joinedBallot?.voteId === vote.id ? joinedBallot.ballot : {};
    accepted.current = kept;
    shown.current = kept;
    setBallot(kept);
  }, [vote.id, joinedBallot]);
  const left = vote.votesPerPerson - dotsUsed(ballot);
  const change = async (ref: string, by: 1 | -1) => {
    const next = { ...shown.current, [ref]: Math.max(0, (shown.current[ref] ?? 0) + by) };
    shown.current = next;
    setBallot(next);
    setError('');
    const ack = await send({ type: 'vote.cast', voteId: vote.id, ballot: next });
    if (ack.ok) {
      accepted.current = next;
      return;
    }
    shown.current = accepted.current;
    setBallot(accepted.current);
    setError(t(`meetings.errors.${ack.error}`, { defaultValue: t('meetings.errors.unavailable') }));
  };
  return (
    <>
      <p className="meeting-vote-title">
        <UserText text={vote.title} />
      </p>
      <p>
        {r('meetings.vote.rules', { count: vote.votesPerPerson })}
        {vote.onePerItem && ` ${r('meetings.vote.onePerItem')}`}
        {vote.anonymous && ` ${r('meetings.vote.anonymous')}`}
      </p>
      <p aria-live="polite">{r('meetings.vote.ballots', { count: vote.ballots })}</p>
      {canVote ? (
        <>
          <p aria-live="polite">{r('meetings.vote.left', { count: left })}</p>
          {error && (
            <p role="alert" className="field-error">
              {error}
            </p>
          )}
          <ul className="vote-items">
            {vote.items.map((item) => {
              const mine = ballot[item.ref] ?? 0;
              const full = left <= 0 || (vote.onePerItem && mine >= 1);
              return (
                <li key={item.ref}>
                  <span className="vote-label">
                    <UserText text={item.label} />
                  </span>
                  <span className="vote-dots" aria-hidden="true">
                    {'●'.repeat(mine)}
                  </span>
                  <button
                    type="button"
                    className="button-secondary button-small"
                    disabled={mine === 0}
                    aria-label={t('meetings.vote.remove', { item: item.label })}
                    onClick={() => change(item.ref, -1)}
                  >
                    −
                  </button>
                  <output aria-label={t('meetings.vote.mine', { item: item.label })}>{mine}</output>
                  <button
                    type="button"
                    className="button-small"
                    disabled={full}
                    aria-label={t('meetings.vote.add', { item: item.label })}
                    onClick={() => change(item.ref, 1)}
                  >
                    +
                  </button>
                </li>
              );
            })}
          </ul>
        </>
      ) : (
        <p>{r('meetings.vote.cannotVote')}</p>
      )}
    </>
  );
}

export function VoteResults({ vote }: { vote: Pick<VoteState, 'title' | 'results' | 'ballots'> }) {
  const { t } = useTranslation();
  const r = useRubyT(t);
  const { parenthesized } = usePunctuation();
  const list = useFormatList();
  const results = vote.results ?? [];
  const top = Math.max(1, ...results.map((result) => result.votes));
  return (
    <>
      <p className="meeting-vote-title">{r('meetings.vote.resultsOf', { title: vote.title })}</p>
      <p>{r('meetings.vote.ballots', { count: vote.ballots })}</p>
      <ol className="vote-results">
        {results.map((result) => (
          <li key={result.ref}>
            <span className="vote-label">
              <UserText text={result.label} />
            </span>
            <span className="vote-bar" style={{ width: `${(result.votes / top) * 8}rem` }} />
            <span>{r('meetings.vote.count', { count: result.votes })}</span>
            {result.voters && result.voters.length > 0 && (
              <span className="aside">
                {' '}
                {parenthesized(list(result.voters.map((v) => `${v.name} ${v.votes}`)))}
              </span>
            )}
          </li>
        ))}
      </ol>
    </>
  );
}
