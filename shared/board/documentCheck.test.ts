import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { applyUpdateOrRevert, REVERT_ORIGIN } from '../documentGuard';
import {
  addAgencies,
  addTie,
  readAgency,
  readBoard,
  removeAgencies,
  updateAgency,
} from './document';
import { boardRules } from './documentCheck';
import { agenciesOf, tiesOf } from './documentLayout';
import { cafe, shisetsu, soudan } from './testBoard';

/** A server replica and a client replica in sync; `nextUpdate` returns the client's next update. */
function replicas() {
  const server = new Y.Doc();
  addAgencies(server, [soudan, shisetsu, cafe]);
  const client = new Y.Doc();
  Y.applyUpdate(client, Y.encodeStateAsUpdate(server));
  const reverts: Uint8Array[] = [];
  server.on('update', (u: Uint8Array, origin: unknown) => {
    if (origin === REVERT_ORIGIN) reverts.push(u);
  });
  const nextUpdate = (change: () => void): Uint8Array => {
    const before = Y.encodeStateVector(client);
    change();
    return Y.encodeStateAsUpdate(client, before);
  };
  const apply = (update: Uint8Array) => applyUpdateOrRevert(server, update, 'client-1', boardRules);
  return { server, client, reverts, nextUpdate, apply };
}

describe('a client update to a board', () => {
  it('is kept when made through the document functions', () => {
    const { server, client, reverts, nextUpdate, apply } = replicas();
    const update = nextUpdate(() => {
      updateAgency(client, 'kikan', { notes: '月曜は休み' });
      addTie(client, { from: 'kikan', to: 'cafe', kind: 'cooperation' });
      removeAgencies(client, ['shisetsu']);
    });
    expect(apply(update)).toEqual({ ok: true });
    expect(reverts).toEqual([]);
    expect(readBoard(server)).toEqual(readBoard(client));
  });

  it('is undone everywhere when it breaks an agency, restoring what it also deleted', () => {
    const { server, client, reverts, nextUpdate, apply } = replicas();
    const bad = nextUpdate(() => {
      removeAgencies(client, ['shisetsu']);
      agenciesOf(client).get('kikan')?.set('layer', 'nowhere');
    });
    expect(apply(bad)).toMatchObject({
      ok: false,
      reverted: true,
      problems: [
        {
          part: 'agencies',
          id: 'kikan',
          issues: [{ path: 'layer', code: 'choice' }],
        },
      ],
    });
    expect(readBoard(server).problems).toEqual([]);
    expect(readAgency(server, 'shisetsu')?.name).toBe(shisetsu.name);
    expect(readAgency(server, 'kikan')?.layer).toBe(soudan.layer);
    expect(reverts).toHaveLength(1);
    for (const u of reverts) Y.applyUpdate(client, u);
    expect(readBoard(client)).toEqual(readBoard(server));
  });

  it('is undone when it writes a tie without a kind or an entry that is not a map', () => {
    const { server, client, nextUpdate, apply } = replicas();
    const tie = nextUpdate(() => {
      const entry = new Y.Map<unknown>();
      tiesOf(client).set('t1', entry);
      entry.set('from', 'kikan');
      entry.set('to', 'cafe');
    });
    expect(apply(tie)).toMatchObject({ ok: false, problems: [{ part: 'ties', id: 't1' }] });
    const plain = nextUpdate(() => agenciesOf(client).set('x', 'text' as never));
    expect(apply(plain)).toMatchObject({ ok: false, problems: [{ part: 'agencies', id: 'x' }] });
    expect(readBoard(server).ties).toEqual([]);
    expect(agenciesOf(server).has('x')).toBe(false);
  });

  it('is reported, not undone, when it writes data outside the board', () => {
    const { nextUpdate, client, apply } = replicas();
    const stray = nextUpdate(() => client.getArray('other').push([1]));
    expect(apply(stray)).toMatchObject({
      ok: false,
      reverted: false,
      problems: [{ part: 'other' }],
    });
  });

  it('throws on bytes that are not an update, changing nothing', () => {
    const { server, apply } = replicas();
    const before = Y.encodeStateAsUpdate(server);
    expect(() => apply(new Uint8Array([1, 2, 3]))).toThrow();
    expect(Y.encodeStateAsUpdate(server)).toEqual(before);
  });

  it('keeps a tie to an agency that a concurrent edit removed', () => {
    const { server, client, nextUpdate, apply } = replicas();
    removeAgencies(server, ['cafe']);
    const update = nextUpdate(() =>
      addTie(client, { from: 'kikan', to: 'cafe', kind: 'referral' }),
    );
    expect(apply(update)).toEqual({ ok: true });
    expect(tiesOf(server).size).toBe(1);
  });
});
