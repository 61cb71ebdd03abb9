import { describe, expect, it } from 'vitest';
import { readPeers } from './peers';

const user = { name: '相談支援専門員 佐藤一郎', colour: '#1f4e8c' };

describe('readPeers', () => {
  it('reads each person’s cursor, selection and view, marking mine', () => {
    const peers = readPeers(
      [
        [
          1,
          {
            user,
            cursor: { x: 1, y: 2 },
            selection: ['a'],
            view: { x: 10, y: 20, zoom: 1.5 },
            arrangement: 'fields',
            editing: { kind: 'tie', id: 't1' },
          },
        ],
        [2, { user: { ...user, name: '事務局 山田花子' } }],
      ],
      2,
    );
    expect(peers).toEqual([
      {
        clientId: 1,
        name: user.name,
        colour: user.colour,
        cursor: { x: 1, y: 2 },
        selection: ['a'],
        view: { x: 10, y: 20, zoom: 1.5 },
        editing: { kind: 'tie', id: 't1' },
        arrangement: 'fields',
        self: false,
      },
      {
        clientId: 2,
        name: '事務局 山田花子',
        colour: user.colour,
        cursor: null,
        selection: [],
        view: null,
        editing: null,
        arrangement: 'lanes',
        self: true,
      },
    ]);
  });

  it('leaves out states that do not fit, such as a view with no usable zoom', () => {
    const bad = [
      { user, view: { x: 0, y: 0, zoom: 0 } },
      { user, view: { x: 'left', y: 0, zoom: 1 } },
      { user: { name: 'x', colour: 'red' } },
      { user, arrangement: 'spiral' },
      { user, editing: { kind: 'case', id: 'x' } },
      null,
    ];
    expect(
      readPeers(
        bad.map((state, i) => [i, state] as [number, unknown]),
        99,
      ),
    ).toEqual([]);
  });
});
