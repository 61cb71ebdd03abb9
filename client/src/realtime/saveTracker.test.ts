import { describe, expect, it } from 'vitest';
import { createSaveTracker } from './saveTracker';

/** A socket opened and its sync step 2 sent, as the provider does on every connection. */
function connect(t: ReturnType<typeof createSaveTracker>) {
  t.socketOpened();
  t.updateSent();
  t.allPendingSent();
}

describe('save tracker', () => {
  it('is saved once the server acknowledged every update sent on the socket', () => {
    const t = createSaveTracker();
    connect(t);
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
    // An update sent before sync step 2 does not carry the offline edit.
    t.updateSent();
    t.acknowledged(1);
    expect(t.isSaved()).toBe(false);
    t.updateSent();
    t.allPendingSent();
    t.acknowledged(2);
    expect(t.isSaved()).toBe(true);
  });

  it('what a closed socket left unacknowledged is not saved on the new socket before it is resent', () => {
    const t = createSaveTracker();
    connect(t);
    t.localEdit(true);
    t.updateSent();
    t.acknowledged(1);
    // The server refused the import and closed: the new socket starts with nothing counted.
    t.socketOpened();
    expect(t.isSaved()).toBe(false);
    t.updateSent();
    t.allPendingSent();
    expect(t.isSaved()).toBe(false);
    t.acknowledged(1);
    expect(t.isSaved()).toBe(true);
  });

  it('acknowledgements of an old socket do not count on a new one', () => {
    const t = createSaveTracker();
    connect(t);
    t.updateSent();
    connect(t);
    t.updateSent();
    t.acknowledged(1);
    expect(t.isSaved()).toBe(false);
  });

  it('an edit held back as too large is never reported saved on that socket', () => {
    const t = createSaveTracker();
    t.socketOpened();
    t.heldBack();
    t.updateSent();
    t.allPendingSent();
    t.acknowledged(1);
    expect(t.isSaved()).toBe(false);
  });
});
