import { describe, expect, it } from 'vitest';
import { createSaveTracker } from './saveTracker';

describe('save tracker', () => {
  it('is saved once the server acknowledged every update sent on the socket', () => {
    const t = createSaveTracker();
    t.socketOpened();
    t.updateSent();
    t.localEdit(true);
    t.updateSent();
    expect(t.isSaved()).toBe(false);
    t.acknowledged(1);
    expect(t.isSaved()).toBe(false);
    t.acknowledged(2);
    expect(t.isSaved()).toBe(true);
  });

  it('an edit made offline stays unsaved until the next connection stores it', () => {
    const t = createSaveTracker();
    t.localEdit(false);
    expect(t.isSaved()).toBe(false);
    t.socketOpened();
    expect(t.isSaved()).toBe(false);
    t.updateSent();
    t.acknowledged(1);
    expect(t.isSaved()).toBe(true);
  });

  it('acknowledgements of an old socket do not count on a new one', () => {
    const t = createSaveTracker();
    t.socketOpened();
    t.updateSent();
    t.updateSent();
    t.socketOpened();
    t.updateSent();
    t.updateSent();
    t.acknowledged(1);
    expect(t.isSaved()).toBe(false);
  });
});
