import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import {
  addAgencies,
  addTie,
  readAgency,
  readBoard,
  removeAgencies,
  updateAgency,
} from './document';
import { applyBoardUpdateOrRevert, checkBoardUpdate } from './documentCheck';
import { agenciesOf } from './documentLayout';
import { cafe, shisetsu, soudan } from './testBoard';

/** A server replica and a client replica in sync; returns the client's next update. */
function replicas() {
  const server = new Y.Doc();
  addAgencies(server, [soudan, shisetsu, cafe]);
  const client = new Y.Doc();
  Y.applyUpdate(client, Y.encodeStateAsUpdate(server));
  const nextUpdate = (change: () => void): Uint8Array => {
    const before = Y.encodeStateVector(client);
    change();
    return Y.encodeStateAsUpdate(client, before);
  };
  return { server, client, nextUpdate };
}

describe('checking a client update', () => {
  it('accepts updates made through the document functions', () => {
    const { server, client, nextUpdate } = replicas();
    const update = nextUpdate(() => {
      updateAgency(client, 'kikan', { notes: '月曜は休み' });
      addTie(client, { from: 'kikan', to: 'cafe', kind: 'cooperation' });
      removeAgencies(client, ['shisetsu']);
    });
    expect(checkBoardUpdate(server, update)).toEqual({ ok: true });
    expect(readBoard(server).agencies).toHaveLength(3);
  });

  it('rejects an update that writes an invalid agency or unknown data, naming the entry', () => {
    const { server, client, nextUpdate } = replicas();
    const badField = nextUpdate(() => agenciesOf(client).get('kikan')?.set('layer', 'nowhere'));
    expect(checkBoardUpdate(server, badField)).toEqual({
      ok: false,
      problems: [
        {
          kind: 'agency',
          id: 'kikan',
          issues: [{ path: 'layer', message: expect.stringContaining('層は') }],
        },
      ],
    });
    const other = replicas();
    const stray = other.nextUpdate(() => other.client.getArray('other').push([1]));
    expect(checkBoardUpdate(other.server, stray)).toMatchObject({
      ok: false,
      problems: [{ kind: 'document', id: 'other' }],
    });
    expect(checkBoardUpdate(server, new Uint8Array([1, 2, 3]))).toMatchObject({ ok: false });
  });

  it('tolerates a tie to an agency that a concurrent edit removed', () => {
    const { server, client, nextUpdate } = replicas();
    removeAgencies(server, ['cafe']);
    const update = nextUpdate(() =>
      addTie(client, { from: 'kikan', to: 'cafe', kind: 'referral' }),
    );
    expect(checkBoardUpdate(server, update)).toEqual({ ok: true });
  });
});

describe('applying a client update or reverting it', () => {
  it('reverts a bad update everywhere, restoring what it deleted', () => {
    const { server, client, nextUpdate } = replicas();
    const reverts: Uint8Array[] = [];
    server.on(
      'update',
      (u: Uint8Array, origin: unknown) => origin === 'board-revert' && reverts.push(u),
    );
    const bad = nextUpdate(() => {
      removeAgencies(client, ['shisetsu']);
      agenciesOf(client).get('cafe')?.set('fields', []);
    });
    const result = applyBoardUpdateOrRevert(server, bad, 'client-1');
    expect(result).toMatchObject({ ok: false, problems: [{ kind: 'agency', id: 'cafe' }] });
    expect(readBoard(server).problems).toEqual([]);
    expect(readAgency(server, 'shisetsu')?.name).toBe(shisetsu.name);
    expect(reverts).toHaveLength(1);
    for (const u of reverts) Y.applyUpdate(client, u);
    expect(readBoard(client)).toEqual(readBoard(server));
  });

  it('keeps a good update', () => {
    const { server, client, nextUpdate } = replicas();
    const good = nextUpdate(() => updateAgency(client, 'cafe', { area: '東原' }));
    expect(applyBoardUpdateOrRevert(server, good, 'client-1')).toEqual({ ok: true });
    expect(readAgency(server, 'cafe')?.area).toBe('東原');
  });
});
