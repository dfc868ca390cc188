import net from "node:net";

export interface ReceivedMail {
  from: string;
  to: string[];
  /** The raw message (headers and body), quoted-printable soft breaks undone. */
  raw: string;
}

/**
 * A tiny SMTP server on 127.0.0.1 that accepts every message and keeps it, so tests can
 * check what the app really sent over the wire (no mocks of the mail library).
 */
export async function startFakeSmtp() {
  const received: ReceivedMail[] = [];
  const sockets = new Set<net.Socket>();
  const server = net.createServer((socket) => {
    sockets.add(socket);
    socket.on("close", () => sockets.delete(socket));
    socket.setEncoding("utf8");
    let buffer = "";
    let inData = false;
    let current: ReceivedMail = { from: "", to: [], raw: "" };
    const reply = (line: string) => socket.write(`${line}\r\n`);
    reply("220 fake-smtp ready");
    socket.on("data", (chunk: string) => {
      buffer += chunk;
      for (let end = buffer.indexOf("\r\n"); end >= 0; end = buffer.indexOf("\r\n")) {
        const line = buffer.slice(0, end);
        buffer = buffer.slice(end + 2);
        if (inData) {
          if (line === ".") {
            inData = false;
            received.push({ ...current, raw: decodeQuotedPrintable(current.raw) });
            current = { from: "", to: [], raw: "" };
            reply("250 OK queued");
          } else {
            current.raw += `${line.startsWith("..") ? line.slice(1) : line}\n`;
          }
          continue;
        }
        const command = line.slice(0, 4).toUpperCase();
        if (command === "EHLO") {
          socket.write("250-fake-smtp\r\n250 8BITMIME\r\n");
        } else if (command === "MAIL") {
          current.from = line.slice(10).replace(/[<>]/g, "");
          reply("250 OK");
        } else if (command === "RCPT") {
          current.to.push(line.slice(8).replace(/[<>]/g, ""));
          reply("250 OK");
        } else if (command === "DATA") {
          inData = true;
          reply("354 End data with <CR><LF>.<CR><LF>");
        } else if (command === "QUIT") {
          reply("221 Bye");
          socket.end();
        } else {
          reply("250 OK");
        }
      }
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const port = (server.address() as net.AddressInfo).port;
  return {
    port,
    received,
    /** Stops listening and drops open connections: later sends fail as with a dead mail server. */
    close: () =>
      new Promise<void>((resolve) => {
        for (const socket of sockets) socket.destroy();
        server.close(() => resolve());
      }),
  };
}

function decodeQuotedPrintable(raw: string): string {
  return raw.replace(/=\n/g, "").replace(/=([0-9A-F]{2})/g, (_, hex: string) => String.fromCharCode(parseInt(hex, 16)));
}
