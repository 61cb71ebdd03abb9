// Every spec that starts its own server takes a port from one base, so E2E_PORT moves them all and
// two checkouts on one machine can run the suite at the same time.
const base = Number(process.env.E2E_PORT ?? 3100);

export const PORTS = {
  shared: base,
  case: base + 1,
  board: base + 2,
  offline: base + 3,
  forms: base + 4,
  cards: base + 5,
  meeting: base + 6,
  bigImport: base + 7,
  demo: base + 8,
  noteWall: base + 9,
  reports: base + 10,
  twoStep: base + 11,
  termNetwork: base + 12,
  cardTree: base + 13,
  clientErrors: base + 14,
  cardLinks: base + 15,
  minutes: base + 16,
  breakouts: base + 17,
  furigana: base + 18,
  english: base + 19,
  providerImport: base + 20,
  easyReading: base + 21,
  boardWorkspace: base + 22,
  boardData: base + 25,
} as const;
