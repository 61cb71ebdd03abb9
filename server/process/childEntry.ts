import type { AddressInfo } from 'node:net';
import { readConfig } from '../config';
import { startServer } from '../server';

// The server as a child process (crash tests, benchmarks): configured from the environment like
// `npm start`, prints its port, stops gracefully on SIGTERM and dies at once on SIGKILL.

const server = await startServer(readConfig());
const { port } = server.app.server.address() as AddressInfo;
process.stdout.write(`READY ${port}\n`);
process.once('SIGTERM', () => {
  server.stop().then(() => process.exit(0));
});
