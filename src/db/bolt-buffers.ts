import { createRequire } from "node:module";

/** A buffer of neo4j-driver-bolt-connection (lib/channel/channel-buf.js): one Node Buffer. */
interface ChannelBuffer {
  _buffer: Buffer;
}

/** The driver's Bolt dechunker (lib/channel/chunking.js), as far as this module touches it. */
interface DechunkerPrototype {
  _onHeader(this: { _currentMessage: ChannelBuffer[] }, header: number): unknown;
}

/** The driver's Bolt chunker (lib/channel/chunking.js): messages out, through a buffer of `_bufferSize` bytes. */
interface ChunkerPrototype {
  flush(this: ChunkerState): unknown;
}
interface ChunkerState {
  _bufferSize: number;
  _buffer: (ChannelBuffer & { position: number }) | null;
}

/**
 * The size of the driver's output buffer: a statement's RUN (the Cypher text, 7-11 KB for the big
 * reads of src/db, and its parameters) and PULL go out in one socket write. The driver's default
 * is 1,400 bytes (a TCP packet), and it writes to the socket each time the buffer is full.
 */
export const BOLT_OUTPUT_BUFFER_BYTES = 16 * 1024;

/** The message boundary of Bolt's chunking: a chunk header of 0. */
const MESSAGE_BOUNDARY = 0;

const INSTALLED = Symbol.for("film-graph.boltBuffers");

/**
 * The driver's own copies of its dechunker and channel buffer: neo4j-driver-bolt-connection as
 * neo4j-driver resolves it (a transitive dependency; requiring it from here could find another copy).
 */
function driverInternals():
  | { dechunker: DechunkerPrototype & { [INSTALLED]?: true }; chunker: ChunkerPrototype; ChannelBuffer: new (buffer: Buffer) => ChannelBuffer; alloc: (size: number) => ChannelBuffer & { position: number } }
  | undefined {
  try {
    const fromDriver = createRequire(require.resolve("neo4j-driver"));
    const fromBolt = createRequire(fromDriver.resolve("neo4j-driver-bolt-connection"));
    const chunking = fromBolt("./channel/chunking.js") as { Dechunker?: { prototype: DechunkerPrototype }; Chunker?: { prototype: ChunkerPrototype } };
    const channelBuf = fromBolt("./channel/channel-buf.js") as {
      default?: new (buffer: Buffer) => ChannelBuffer;
      alloc?: (size: number) => ChannelBuffer & { position: number };
    };
    const dechunker = chunking.Dechunker?.prototype;
    const chunker = chunking.Chunker?.prototype;
    if (typeof dechunker?._onHeader !== "function" || typeof chunker?.flush !== "function") return undefined;
    if (typeof channelBuf.default !== "function" || typeof channelBuf.alloc !== "function") return undefined;
    return { dechunker, chunker, ChannelBuffer: channelBuf.default, alloc: channelBuf.alloc };
  } catch {
    return undefined;
  }
}

/**
 * Two fixes of neo4j-driver's Bolt buffers (neo4j-driver-bolt-connection 6.3, lib/channel), which
 * cost the service most of its CPU per request on the big reads (docs/performance.md, "A leaner
 * server"):
 *
 * - In: each message is read from one contiguous buffer. Neo4j sends a message longer than a chunk
 *   (a record of a few KB and up: a film page, a nested query's cast) in several chunks, and the
 *   driver (`Dechunker._onHeader`) hands such a message to its unpacker as a `CombinedBuffer` of the
 *   pieces, whose reads are slow: every byte read walks the list of pieces, and every string is
 *   decoded through a `StringDecoder` of its own over the pieces (`utf8.js`, `decodeCombinedBuffer`).
 *   The pieces are copied into one buffer when the message is complete (one `Buffer.concat`), so the
 *   unpacker takes its single-buffer path (`buffer.toString('utf8', start, end)` per string); a
 *   message of one chunk is untouched. The nested query's statement on data set M (a record of
 *   ~100 KB) cost the driver 7-9 ms of CPU a run before, 3.3-3.8 ms after.
 * - Out: the output buffer holds BOLT_OUTPUT_BUFFER_BYTES instead of 1,400 bytes (`Chunker`, which
 *   writes to the socket whenever its buffer is full), so a statement goes out in one socket write
 *   instead of eight: 0.65 instead of 0.86 ms of the driver's CPU per run of film-by-title.cypher.
 *
 * What is read and written is the same, byte for byte (tests/unit/bolt-buffers.test.ts,
 * tests/integration/bolt-large-records.test.ts). Process-wide (it changes the driver's prototypes)
 * and idempotent. Returns false, changing nothing, when the driver's internals are not the ones this
 * was written against (another driver version): the driver then works as it ships.
 */
export function installBoltBuffers(): boolean {
  const internals = driverInternals();
  if (!internals) return false;
  const { dechunker, chunker, ChannelBuffer, alloc } = internals;
  if (dechunker[INSTALLED]) return true;
  const onHeader = dechunker._onHeader;
  dechunker._onHeader = function (header) {
    const pieces = this._currentMessage;
    if (header === MESSAGE_BOUNDARY && Array.isArray(pieces) && pieces.length > 1 && pieces.every((piece) => Buffer.isBuffer(piece?._buffer))) {
      this._currentMessage = [new ChannelBuffer(Buffer.concat(pieces.map((piece) => piece._buffer)))];
    }
    return onHeader.call(this, header);
  };
  const flush = chunker.flush;
  chunker.flush = function () {
    const flushed = flush.call(this);
    // After a flush the buffer is a fresh, empty one: swap it for a larger one, once per connection.
    if (this._bufferSize < BOLT_OUTPUT_BUFFER_BYTES && this._buffer?.position === 0) {
      this._bufferSize = BOLT_OUTPUT_BUFFER_BYTES;
      this._buffer = alloc(BOLT_OUTPUT_BUFFER_BYTES);
    }
    return flushed;
  };
  dechunker[INSTALLED] = true;
  return true;
}

/** Whether installBoltBuffers is in effect in this process. */
export function boltBuffersInstalled(): boolean {
  return driverInternals()?.dechunker[INSTALLED] === true;
}
