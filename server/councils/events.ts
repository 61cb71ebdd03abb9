import { EventEmitter } from 'node:events';

// In-process notifications between the HTTP API and the realtime servers, so that a change of
// membership reaches open sockets at once (a removed member is disconnected within a second).
export type CouncilEvents = {
  emitMembershipChanged: (councilId: string, userId: string) => void;
  onMembershipChanged: (listener: (councilId: string, userId: string) => void) => () => void;
  // Who may open one document changed (case membership, consent, closing, deletion).
  emitDocumentAccessChanged: (docName: string) => void;
  onDocumentAccessChanged: (listener: (docName: string) => void) => () => void;
  // A term's subcommittees or cards changed (rows, not the Yjs document): open pages reload them.
  emitTermChanged: (councilId: string, termId: string) => void;
  onTermChanged: (listener: (councilId: string, termId: string) => void) => () => void;
  // A meeting's details or agenda were edited; live rooms reload them.
  emitMeetingChanged: (meetingId: string) => void;
  onMeetingChanged: (listener: (meetingId: string) => void) => () => void;
};

export function createCouncilEvents(): CouncilEvents {
  const emitter = new EventEmitter();
  emitter.setMaxListeners(0);
  return {
    emitMembershipChanged: (councilId, userId) => emitter.emit('membership', councilId, userId),
    onMembershipChanged: (listener) => {
      emitter.on('membership', listener);
      return () => emitter.off('membership', listener);
    },
    emitDocumentAccessChanged: (docName) => emitter.emit('documentAccess', docName),
    onDocumentAccessChanged: (listener) => {
      emitter.on('documentAccess', listener);
      return () => emitter.off('documentAccess', listener);
    },
    emitTermChanged: (councilId, termId) => emitter.emit('term', councilId, termId),
    onTermChanged: (listener) => {
      emitter.on('term', listener);
      return () => emitter.off('term', listener);
    },
    emitMeetingChanged: (meetingId) => emitter.emit('meeting', meetingId),
    onMeetingChanged: (listener) => {
      emitter.on('meeting', listener);
      return () => emitter.off('meeting', listener);
    },
  };
}
