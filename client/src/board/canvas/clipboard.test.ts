import { describe, expect, it } from 'vitest';
import type { Board } from '../../../../shared/board/document';
import type { Tie } from '../../../../shared/board/tie';
import { clampToLane } from './canvasGeometry';
import { CLIPBOARD_TYPE, copyPayload, PASTE_STEP, parseClipboard, pasteInputs } from './clipboard';
import { testAgency } from './testAgency';

const tie = (id: string, from: string, to: string): Tie => ({
  id,
  from,
  to,
  kind: 'referral',
  direction: 'both',
  strength: 2,
});

const board: Board = {
  agencies: [
    testAgency('a', 'core', { position: { x: 300, y: 200 }, freePosition: { x: -50, y: 900 } }),
    testAgency('b', 'registered'),
    testAgency('c', 'community'),
  ],
  ties: [tie('ab', 'a', 'b'), tie('bc', 'b', 'c')],
  problems: [],
};

describe('copyPayload', () => {
  it('takes the selected agencies where they are drawn and only the ties among them', () => {
    const payload = copyPayload(board, ['a', 'b']);
    expect(payload?.type).toBe(CLIPBOARD_TYPE);
    expect(payload?.agencies.map((a) => a.id)).toEqual(['a', 'b']);
    expect(payload?.agencies[1]?.position).toBeDefined();
    expect(payload?.ties.map((x) => x.id)).toEqual(['ab']);
  });

  it('is null when nothing is selected', () => {
    expect(copyPayload(board, [])).toBeNull();
    expect(copyPayload(board, ['gone'])).toBeNull();
  });
});

describe('parseClipboard', () => {
  const text = JSON.stringify(copyPayload(board, ['a', 'b']));

  it('reads back what was copied', () => {
    const parsed = parseClipboard(text);
    expect(parsed.ok && parsed.payload.agencies.map((a) => a.name)).toEqual(['a', 'b']);
  });

  it('tells other clipboard contents from a broken payload of ours', () => {
    expect(parseClipboard('基幹相談支援センター')).toEqual({ ok: false, reason: 'notBoard' });
    expect(parseClipboard('{"agencies":[]}')).toEqual({ ok: false, reason: 'notBoard' });
    const payload = JSON.parse(text);
    expect(parseClipboard(JSON.stringify({ ...payload, version: 99 })).ok).toBe(false);
    const badLayer = { ...payload, agencies: [{ ...payload.agencies[0], layer: 'x' }] };
    expect(parseClipboard(JSON.stringify(badLayer))).toEqual({ ok: false, reason: 'invalid' });
    const danglingTie = { ...payload, ties: [tie('x', 'a', 'c')] };
    expect(parseClipboard(JSON.stringify(danglingTie))).toEqual({ ok: false, reason: 'invalid' });
  });
});

describe('pasteInputs', () => {
  const payload = copyPayload(board, ['a', 'b']);
  if (!payload) throw new Error('no payload');
  let n = 0;
  const inputs = pasteInputs(payload, 2, () => `new${++n}`);

  it('gives new ids and re-points the ties at the copies', () => {
    expect(inputs.agencies.map((a) => a.id)).toEqual(['new1', 'new2']);
    expect(inputs.ties).toMatchObject([{ id: 'new3', from: 'new1', to: 'new2', kind: 'referral' }]);
  });

  it('shifts the copies by the step, keeping each in its own lane', () => {
    const [first] = inputs.agencies;
    expect(first?.layer).toBe('core');
    expect(first?.position).toEqual({
      x: 300 + 2 * PASTE_STEP.x,
      y: clampToLane('core', 200 + 2 * PASTE_STEP.y),
    });
  });

  it('shifts the place in the free arrangement too, and leaves it out where there was none', () => {
    const [first, second] = inputs.agencies;
    expect(first?.freePosition).toEqual({ x: -50 + 2 * PASTE_STEP.x, y: 900 + 2 * PASTE_STEP.y });
    expect(second?.freePosition).toBeUndefined();
  });
});
