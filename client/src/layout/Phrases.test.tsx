import { cleanup, render } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { Phrases } from './Phrases';

describe('Phrases', () => {
  afterEach(cleanup);

  it('puts a <wbr> between phrases only, keeping the text and its accessible name', () => {
    const { container } = render(
      <h1>
        <Phrases text="みどり市の相談支援事業所に行きます" />
      </h1>,
    );
    const span = container.querySelector('.phrases');
    expect(span?.textContent).toBe('みどり市の相談支援事業所に行きます');
    const pieces = span?.innerHTML.split('<wbr>') ?? [];
    expect(pieces.length).toBeGreaterThan(1);
    expect(pieces).toContain('相談支援事業所に');
  });

  it('adds no <wbr> to one phrase or English', () => {
    const { container } = render(
      <>
        <Phrases text="相談支援事業所" />
        <Phrases text="Join the meeting" />
      </>,
    );
    expect(container.querySelectorAll('wbr')).toHaveLength(0);
  });
});
