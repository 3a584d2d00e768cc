import { createRequire } from "node:module";
import { BOLT_OUTPUT_BUFFER_BYTES, boltBuffersInstalled, installBoltBuffers } from "../../src/db/bolt-buffers";

// A Bolt message of several chunks reaches the driver's unpacker as one buffer, and reads the same;
// a message of a few KB goes out in one socket write, chunked as Bolt requires.

interface ChannelBuffer {
  _buffer?: Buffer;
  _buffers?: unknown[];
}
const fromDriver = createRequire(require.resolve("neo4j-driver"));
const fromBolt = createRequire(fromDriver.resolve("neo4j-driver-bolt-connection"));
const { Dechunker, Chunker } = fromBolt("./channel/chunking.js") as {
  Dechunker: new () => { onmessage: (m: ChannelBuffer) => void; write(b: ChannelBuffer): void };
  Chunker: new (channel: { write(b: ChannelBuffer): void }) => { putBytes(position: number, data: ChannelBuffer): unknown; messageBoundary(): void; flush(): unknown };
};
const ChannelBufferClass = (fromBolt("./channel/channel-buf.js") as { default: new (b: Buffer) => ChannelBuffer }).default;
const { Unpacker } = fromBolt("./packstream/packstream-v1.js") as { Unpacker: new (disableLosslessIntegers: boolean) => { unpack(b: ChannelBuffer): unknown } };

/** A packstream list of strings (markers 0xD4 list of up to 255 items, 0xD0 string of up to 255 bytes). */
function packStrings(strings: string[]): Buffer {
  const parts = [Buffer.from([0xd4, strings.length])];
  for (const s of strings) {
    const bytes = Buffer.from(s, "utf8");
    parts.push(Buffer.from([0xd0, bytes.length]), bytes);
  }
  return Buffer.concat(parts);
}

/** `message` as Bolt chunks of at most `chunkSize` bytes, then the message boundary (00 00). */
function chunked(message: Buffer, chunkSize: number): Buffer {
  const parts: Buffer[] = [];
  for (let at = 0; at < message.length; at += chunkSize) {
    const piece = message.subarray(at, at + chunkSize);
    const header = Buffer.alloc(2);
    header.writeUInt16BE(piece.length);
    parts.push(header, piece);
  }
  parts.push(Buffer.from([0, 0]));
  return Buffer.concat(parts);
}

const STRINGS = ["Sound", "ölmez café — naïve", "日本語のタイトル", "x".repeat(200), "ü".repeat(90)];

function receive(wire: Buffer, reads: number[]): ChannelBuffer[] {
  const dechunker = new Dechunker();
  const messages: ChannelBuffer[] = [];
  dechunker.onmessage = (m) => messages.push(m);
  // The socket delivers the bytes in pieces that cut chunks (and characters) anywhere.
  let at = 0;
  for (const n of [...reads, wire.length]) {
    if (at >= wire.length) break;
    dechunker.write(new ChannelBufferClass(wire.subarray(at, Math.min(wire.length, at + n))));
    at += n;
  }
  return messages;
}

it("installs into the driver neo4j-driver uses", () => {
  expect(installBoltBuffers()).toBe(true);
  expect(installBoltBuffers()).toBe(true);
  expect(boltBuffersInstalled()).toBe(true);
});

it("hands a message of several chunks to the unpacker as one buffer, reading the same values", () => {
  installBoltBuffers();
  const message = packStrings(STRINGS);
  // Chunks of 7 bytes and socket reads of 5 and 11 bytes split multi-byte characters everywhere.
  const [received, ...rest] = receive(chunked(message, 7), [5, 11, 3, 64]);
  expect(rest).toEqual([]);
  expect(received!._buffers).toBeUndefined();
  expect(Buffer.isBuffer(received!._buffer)).toBe(true);
  expect(received!._buffer!.equals(message)).toBe(true);
  expect(new Unpacker(true).unpack(received!)).toEqual(STRINGS);
});

it("leaves a message of one chunk as it was", () => {
  installBoltBuffers();
  const message = packStrings(["one chunk"]);
  const [received] = receive(chunked(message, 1000), []);
  expect(received!._buffer!.equals(message)).toBe(true);
  expect(new Unpacker(true).unpack(received!)).toEqual(["one chunk"]);
});

it("writes a message of a few KB in one socket write, in chunks the dechunker reads back", () => {
  installBoltBuffers();
  const writes: Buffer[] = [];
  const chunker = new Chunker({ write: (b) => writes.push(Buffer.from(b._buffer!)) });
  const send = (message: Buffer) => {
    chunker.putBytes(0, new ChannelBufferClass(message));
    chunker.messageBoundary();
    chunker.flush();
  };
  // A connection's first message (HELLO) goes through the driver's first buffer of 1,400 bytes.
  send(Buffer.from("hello"));
  writes.length = 0;
  // A statement of ~11 KB (film-by-title.cypher): 8 writes of 1,400 bytes as the driver ships.
  const statement = Buffer.from(packStrings(["MATCH (f:Film) RETURN f — ".repeat(9)]).toString("latin1").repeat(45), "latin1");
  expect(statement.length).toBeGreaterThan(10_000);
  expect(statement.length).toBeLessThan(BOLT_OUTPUT_BUFFER_BYTES);
  send(statement);
  expect(writes).toHaveLength(1);
  const [received, ...rest] = receive(Buffer.concat(writes), []);
  expect(rest).toEqual([]);
  expect(received!._buffer!.equals(statement)).toBe(true);
});
