import { createRequire } from "node:module";

/** A buffer of neo4j-driver-bolt-connection (lib/channel/channel-buf.js): one Node Buffer. */
interface ChannelBuffer {
  _buffer: Buffer;
}

/** The driver's Bolt dechunker (lib/channel/chunking.js), as far as this module touches it. */
interface DechunkerPrototype {
  _onHeader(this: { _currentMessage: ChannelBuffer[] }, header: number): unknown;
}

/** The message boundary of Bolt's chunking: a chunk header of 0. */
const MESSAGE_BOUNDARY = 0;

const INSTALLED = Symbol.for("film-graph.boltMessageBuffer");

/**
 * The driver's own copies of its dechunker and channel buffer: neo4j-driver-bolt-connection as
 * neo4j-driver resolves it (a transitive dependency; requiring it from here could find another copy).
 */
function driverInternals(): { dechunker: DechunkerPrototype & { [INSTALLED]?: true }; ChannelBuffer: new (buffer: Buffer) => ChannelBuffer } | undefined {
  try {
    const fromDriver = createRequire(require.resolve("neo4j-driver"));
    const fromBolt = createRequire(fromDriver.resolve("neo4j-driver-bolt-connection"));
    const chunking = fromBolt("./channel/chunking.js") as { Dechunker?: { prototype: DechunkerPrototype } };
    const channelBuf = fromBolt("./channel/channel-buf.js") as { default?: new (buffer: Buffer) => ChannelBuffer };
    const dechunker = chunking.Dechunker?.prototype;
    if (typeof dechunker?._onHeader !== "function" || typeof channelBuf.default !== "function") return undefined;
    return { dechunker, ChannelBuffer: channelBuf.default };
  } catch {
    return undefined;
  }
}

/**
 * Makes neo4j-driver read each Bolt message from one contiguous buffer. Neo4j sends a message
 * longer than a chunk (a record of a few KB and up: a film page, a nested query's cast) in several
 * chunks, and the driver (neo4j-driver-bolt-connection 6.3, `Dechunker._onHeader`) hands such a
 * message to its unpacker as a `CombinedBuffer` of the pieces, whose reads are slow: every byte read
 * walks the list of pieces, and every string is decoded through a `StringDecoder` of its own over
 * the pieces (`utf8.js`, `decodeCombinedBuffer`). This copies the pieces into one buffer when the
 * message is complete (one `Buffer.concat` per message), so the unpacker takes its single-buffer
 * path (`buffer.toString('utf8', start, end)` per string); a message of one chunk is untouched.
 * The record read is the same, byte for byte (tests/unit/bolt-message-buffer.test.ts,
 * tests/integration/bolt-large-records.test.ts). Measured: the nested query's statement on data
 * set M (a record of ~100 KB) cost the driver 7-9 ms of CPU a run before, 3.3-3.8 ms after
 * (docs/performance.md, "A leaner server").
 *
 * Process-wide (it changes the driver's prototype) and idempotent. Returns false, changing nothing,
 * when the driver's internals are not the ones this was written against (another driver version):
 * the driver then works as it ships.
 */
export function installBoltMessageBuffer(): boolean {
  const internals = driverInternals();
  if (!internals) return false;
  const { dechunker, ChannelBuffer } = internals;
  if (dechunker[INSTALLED]) return true;
  const onHeader = dechunker._onHeader;
  dechunker._onHeader = function (header) {
    const pieces = this._currentMessage;
    if (header === MESSAGE_BOUNDARY && Array.isArray(pieces) && pieces.length > 1 && pieces.every((piece) => Buffer.isBuffer(piece?._buffer))) {
      this._currentMessage = [new ChannelBuffer(Buffer.concat(pieces.map((piece) => piece._buffer)))];
    }
    return onHeader.call(this, header);
  };
  dechunker[INSTALLED] = true;
  return true;
}

/** Whether installBoltMessageBuffer is in effect in this process. */
export function boltMessageBufferInstalled(): boolean {
  return driverInternals()?.dechunker[INSTALLED] === true;
}
