/**
 * The sync server: a Hocuspocus server for one Papershelf library.
 *
 *   npm run sync-server -- --data DIR --token TOKEN [--read-only-token TOKEN] [--host H] [--port P]
 *                          [--redis URL] [--max-message-bytes N] [--serve-app [DIR]]
 *
 * Prints "listening on ws://H:P" once it accepts connections; SIGTERM or SIGINT stores every open
 * document and stops it.
 */
import { OptionsError, parseOptions, USAGE } from './options';
import { startSyncServer } from './server';

let options;
try {
  options = parseOptions(process.argv.slice(2));
} catch (error) {
  if (!(error instanceof OptionsError)) throw error;
  console.error(`sync-server: ${error.message}\n\n${USAGE}`);
  process.exit(2);
}

const server = await startSyncServer(options);
let stopping = false;
const stop = (signal: string) => {
  if (stopping) return;
  stopping = true;
  console.log(`${signal}: storing documents and stopping`);
  server.stop().then(
    () => {
      console.log('stopped');
      process.exit(0);
    },
    (error: unknown) => {
      console.error(error);
      process.exit(1);
    },
  );
};
process.on('SIGTERM', () => stop('SIGTERM'));
process.on('SIGINT', () => stop('SIGINT'));
