// Tells a meeting's room that someone came for the first time, so open minutes list them at once.
// When 200 people join within seconds, a message per newcomer to everyone in the room would be
// 20,000 messages; the room hears of the first at once, then at most once per `everyMs` of all
// who came since (the message only says "look again", so one stands for many).

export type AttendedAnnouncer = {
  newcomer: (meetingId: string) => void;
  stop: () => void;
};

export function attendedAnnouncer(
  announce: (meetingId: string) => void,
  everyMs = 500,
): AttendedAnnouncer {
  // Meetings announced in the last `everyMs`, and whether someone came since.
  const quiet = new Map<string, { timer: ReturnType<typeof setTimeout>; since: boolean }>();

  const wait = (meetingId: string) => {
    const timer = setTimeout(() => {
      if (quiet.get(meetingId)?.since) {
        announce(meetingId);
        wait(meetingId);
      } else quiet.delete(meetingId);
    }, everyMs);
    quiet.set(meetingId, { timer, since: false });
  };

  return {
    newcomer: (meetingId) => {
      const waiting = quiet.get(meetingId);
      if (waiting) {
        waiting.since = true;
        return;
      }
      announce(meetingId);
      wait(meetingId);
    },
    stop: () => {
      for (const { timer } of quiet.values()) clearTimeout(timer);
      quiet.clear();
    },
  };
}
