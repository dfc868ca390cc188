// Serves the built app as `next start` does, stamping each request with the address of
// the socket it came on. Next.js gives route handlers, server actions and Auth.js no
// socket address (only X-Forwarded-For, which it fills from the socket only when the
// client sent none), so per-address limits could not tell a forged header from a real
// client without this. src/server/auth/client-address.ts reads the header, and trusts it
// only when this server marked the process (a client's own copy is always overwritten).
import http from "node:http";
import path from "node:path";
import { fileURLToPath } from "node:url";
import next from "next";

const SOCKET_ADDRESS_HEADER = "x-client-socket-address";
globalThis[Symbol.for("iso-capacity-building.socket-address-header")] = SOCKET_ADDRESS_HEADER;

const args = process.argv.slice(2);
const portArg = args.indexOf("-p");
const port = Number(portArg >= 0 ? args[portArg + 1] : (process.env.PORT ?? 3000));
const dir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");

const app = next({ dev: false, dir, port });
const handle = app.getRequestHandler();
await app.prepare();

const server = http.createServer((request, response) => {
  request.headers[SOCKET_ADDRESS_HEADER] = request.socket.remoteAddress ?? "unknown";
  void handle(request, response);
});
server.listen(port, () => console.log(`Ready on port ${port}`));

const stop = () => server.close(() => process.exit(0));
process.once("SIGTERM", stop);
process.once("SIGINT", stop);
