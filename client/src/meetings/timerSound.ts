// A soft chime for the timer's last ten seconds and its end. Each person can mute it; the choice
// stays on this device.

const MUTE_KEY = 'tsunagu.meetingTimerMuted';

export function storedMute(): boolean {
  try {
    return localStorage.getItem(MUTE_KEY) === '1';
  } catch {
    return false;
  }
}

export function rememberMute(muted: boolean): void {
  try {
    localStorage.setItem(MUTE_KEY, muted ? '1' : '0');
  } catch {
    // Private browsing can refuse storage; the choice then lasts for this page only.
  }
}

let context: AudioContext | undefined;

/** A short, quiet sine tone that fades out (no sudden click). */
export function chime(frequency: number, seconds = 0.6): void {
  try {
    context ??= new AudioContext();
    const oscillator = context.createOscillator();
    const gain = context.createGain();
    oscillator.type = 'sine';
    oscillator.frequency.value = frequency;
    const start = context.currentTime;
    gain.gain.setValueAtTime(0.0001, start);
    gain.gain.exponentialRampToValueAtTime(0.08, start + 0.05);
    gain.gain.exponentialRampToValueAtTime(0.0001, start + seconds);
    oscillator.connect(gain).connect(context.destination);
    oscillator.start(start);
    oscillator.stop(start + seconds);
  } catch {
    // No audio device or autoplay refused: the time shown on screen is what counts.
  }
}
