import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { applyUpdateOrRevert } from '../documentGuard';
import { entriesOf } from './collection';
import { addRelation, addSupporter, readCase, removeSupporters } from './document';
import { caseRules } from './documentCheck';
import { PERSON } from './ecomap';
import { emergencyMapOf } from './emergencyDocument';

function replicas() {
  const server = new Y.Doc();
  addSupporter(server, { id: 'mother', kind: 'person', label: '母', relation: 'family' });
  const client = new Y.Doc();
  Y.applyUpdate(client, Y.encodeStateAsUpdate(server));
  const send = (change: () => void) => {
    const before = Y.encodeStateVector(client);
    change();
    return applyUpdateOrRevert(
      server,
      Y.encodeStateAsUpdate(client, before),
      'client-1',
      caseRules,
    );
  };
  return { server, client, send };
}

describe('a client update to a case', () => {
  it('is kept when made through the document functions', () => {
    const { server, client, send } = replicas();
    const added = send(() =>
      expect(addRelation(client, { from: PERSON, to: 'mother', kind: 'care' }).ok).toBe(true),
    );
    expect(added).toEqual({ ok: true });
    expect(readCase(server).relations).toHaveLength(1);
  });

  it('is undone when a supporter has no label or an emergency window a wrong field', () => {
    const { server, client, send } = replicas();
    expect(
      send(() => entriesOf(client, 'supporters').get('mother')?.delete('label')),
    ).toMatchObject({
      ok: false,
      reverted: true,
      problems: [{ part: 'supporters', id: 'mother' }],
    });
    expect(readCase(server).supporters[0]).toMatchObject({ label: '母' });
    expect(send(() => emergencyMapOf(client, 'night').set('call', 42))).toMatchObject({
      ok: false,
      problems: [{ part: 'emergency', id: 'night' }],
    });
    expect(readCase(server).emergency.night).toBeNull();
    expect(readCase(server).problems).toEqual([]);
  });

  it('keeps a relation to a supporter that a concurrent edit removed', () => {
    const { server, client, send } = replicas();
    removeSupporters(server, ['mother']);
    const added = send(() =>
      expect(addRelation(client, { from: PERSON, to: 'mother', kind: 'emotional' }).ok).toBe(true),
    );
    expect(added).toEqual({ ok: true });
    expect(entriesOf(server, 'relations').size).toBe(1);
  });
});
