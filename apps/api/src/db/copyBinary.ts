/**
 * Rows in PostgreSQL's binary COPY format (https://www.postgresql.org/docs/15/sql-copy.html,
 * "Binary Format"), written straight into ~1 MB buffers.
 *
 * Why binary: the server then reads each value as it stores it (an int64 for a timestamp, base
 * 10000 digits for a numeric, 16 bytes for a uuid) instead of parsing text — a million
 * executions COPY in half the server time — and nothing needs escaping, so no value is built as
 * an intermediate string. Only the types the journal writes: uuid, text, json, int8,
 * timestamptz and numeric.
 */

/** The parts of a decimal the numeric encoder needs (journal engine's Decimal). */
export interface DecimalLike {
  readonly coef: number | bigint;
  readonly scale: number;
  toString(): string;
}

const CHUNK = 1 << 20;
/** "PGCOPY\n\377\r\n\0", flags, header extension length. */
const HEADER = Buffer.concat([Buffer.from('PGCOPY\n\xff\r\n\0', 'latin1'), Buffer.alloc(8)]);
const EPOCH_2000_MS = 946_684_800_000;
const TWO_32 = 4_294_967_296;
const NUMERIC_NEG = 0x4000;
const POW10 = [1, 10, 100, 1000, 10000];
/** Room an open() value starts with (it grows as needed). */
const OPEN_RESERVE = 4096;
/** Scratch digits for numeric(): a safe integer has at most 5 base-10000 digits (+1 aligned). */
const SCRATCH: number[] = [0, 0, 0, 0, 0, 0, 0];

export class BinaryRows {
  private readonly done: Buffer[] = [];
  private buf: Buffer;
  private at = 0;
  private fieldsLeft = 0;
  /** Where an open() text value's length goes; -1 when none is open. */
  private textStart = -1;

  /**
   * `first`: the first buffer, or its size (later ones are 1 MB). Sized for the whole payload, a
   * large COPY is one allocation, and a buffer given can be reused once its COPY is done: V8
   * answers every ~64 MB of new buffer memory with a full garbage collection of the heap, which
   * during a million-execution import holds ~600 MB.
   */
  constructor(
    private readonly fields: number,
    first: number | Buffer = CHUNK,
  ) {
    const min = HEADER.length + 2;
    if (typeof first === 'number') this.buf = Buffer.allocUnsafe(Math.max(first, min));
    else this.buf = first.length >= min ? first : Buffer.allocUnsafe(CHUNK);
    HEADER.copy(this.buf, 0);
    this.at = HEADER.length;
  }

  /** Starts a row; exactly `fields` values must follow. */
  row(): this {
    if (this.fieldsLeft !== 0) throw new Error(`BinaryRows: ${this.fieldsLeft} values missing in a row`);
    this.room(2);
    this.buf[this.at] = this.fields >> 8;
    this.buf[this.at + 1] = this.fields & 0xff;
    this.at += 2;
    this.fieldsLeft = this.fields;
    return this;
  }

  null(): this {
    this.value(0);
    this.i32(-1, this.at);
    this.at += 4;
    return this;
  }

  /** A uuid already in its 16 bytes (see uuidBytes). */
  uuid(bytes: Buffer): this {
    this.value(16);
    const b = this.buf;
    let at = this.at;
    this.i32(16, at);
    at += 4;
    for (let i = 0; i < 16; i++) b[at + i] = bytes[i]!;
    this.at = at + 16;
    return this;
  }

  /** text, varchar or json: the UTF-8 bytes. */
  text(s: string): this {
    const len = s.length;
    // At most 3 bytes per UTF-16 unit.
    this.value(len * 3);
    const b = this.buf;
    const start = this.at + 4;
    // Short ASCII (ids, symbols, sides) byte by byte: cheaper than a call into the encoder.
    if (len <= 64) {
      let i = 0;
      for (; i < len; i++) {
        const c = s.charCodeAt(i);
        if (c >= 0x80) break;
        b[start + i] = c;
      }
      if (i === len) {
        this.i32(len, this.at);
        this.at = start + len;
        return this;
      }
    }
    const n = b.write(s, start);
    this.i32(n, this.at);
    this.at = start + n;
    return this;
  }

  /** A uuid from its text form, parsed straight into the row (no intermediate buffer). */
  uuidText(uuid: string): this {
    this.value(16);
    const b = this.buf;
    let at = this.at;
    this.i32(16, at);
    at += 4;
    let hi = -1;
    for (let i = 0; i < uuid.length; i++) {
      const c = uuid.charCodeAt(i);
      if (c === 45 /* - */) continue;
      const v = c >= 48 && c <= 57 ? c - 48 : c >= 97 && c <= 102 ? c - 87 : c >= 65 && c <= 70 ? c - 55 : -1;
      if (v < 0) throw new RangeError(`not a uuid: "${uuid}"`);
      if (hi < 0) hi = v;
      else {
        b[at++] = (hi << 4) | v;
        hi = -1;
      }
    }
    if (at !== this.at + 20 || hi >= 0) throw new RangeError(`not a uuid: "${uuid}"`);
    this.at = at;
    return this;
  }

  /**
   * A text value written in pieces: open(), then any number of append(), then close(). For a
   * value assembled from many parts (a trade's legs JSON), without building the whole string.
   */
  open(): this {
    this.value(0);
    this.room(4 + OPEN_RESERVE);
    this.textStart = this.at;
    this.at += 4;
    return this;
  }

  append(s: string): this {
    const len = s.length;
    if (this.at + len * 3 > this.buf.length) this.grow(len * 3);
    const b = this.buf;
    let at = this.at;
    for (let i = 0; i < len; i++) {
      const c = s.charCodeAt(i);
      if (c >= 0x80) {
        this.at = at + b.write(s.slice(i), at);
        return this;
      }
      b[at++] = c;
    }
    this.at = at;
    return this;
  }

  close(): this {
    this.i32(this.at - this.textStart - 4, this.textStart);
    this.textStart = -1;
    return this;
  }

  /** int8 from a safe integer. */
  int8(n: number): this {
    this.value(8);
    this.i32(8, this.at);
    this.int64(n, this.at + 4);
    this.at += 12;
    return this;
  }

  /** timestamptz from epoch milliseconds: microseconds since 2000-01-01 UTC. */
  timestamptz(ms: number): this {
    this.value(8);
    this.i32(8, this.at);
    const x = ms - EPOCH_2000_MS;
    // Exact as a double up to ±9e15 µs (years 1715–2285); BigInt beyond.
    if (Math.abs(x) < 9e12) this.int64(x * 1000, this.at + 4);
    else this.buf.writeBigInt64BE(BigInt(x) * 1000n, this.at + 4);
    this.at += 12;
    return this;
  }

  /**
   * numeric, written as its shortest text would be read (no trailing fractional zeros: "1.5"
   * for 1.50, like Decimal#toString), so both say the same once stored.
   */
  numeric(d: DecimalLike): this {
    let c = d.coef;
    let s = d.scale;
    if (typeof c !== 'number' || s < 0) return this.numericText(d.toString());
    while (s > 0 && c % 10 === 0) {
      c /= 10;
      s--;
    }
    const neg = c < 0;
    let a = neg ? -c : c;
    const fracGroups = (s + 3) >> 2;
    const pad = fracGroups * 4 - s;
    // Base-10000 digits, least significant first, aligned on the decimal point.
    const digits = SCRATCH;
    let k = 0;
    if (a !== 0) {
      if (pad > 0) {
        const m = POW10[4 - pad]!;
        const low = a % m;
        digits[k++] = low * POW10[pad]!;
        a = (a - low) / m;
      }
      while (a > 0) {
        const g = a % 10000;
        digits[k++] = g;
        a = (a - g) / 10000;
      }
    }
    return this.numericDigits(digits, k, k - 1 - fracGroups, neg, s);
  }

  /** numeric from plain decimal text ("-12.50", "3", ".5"): BigInt coefficients and odd scales. */
  numericText(text: string): this {
    const neg = text.startsWith('-');
    const body = neg || text.startsWith('+') ? text.slice(1) : text;
    const dot = body.indexOf('.');
    let int = (dot < 0 ? body : body.slice(0, dot)).replace(/^0+/, '');
    let frac = (dot < 0 ? '' : body.slice(dot + 1)).replace(/0+$/, '');
    const s = frac.length;
    if (!/^\d*$/.test(int) || !/^\d*$/.test(frac)) throw new RangeError(`not a decimal: "${text}"`);
    int = int.padStart(Math.ceil(int.length / 4) * 4, '0');
    frac = frac.padEnd(Math.ceil(frac.length / 4) * 4, '0');
    const all = int + frac;
    const digits: number[] = [];
    for (let i = all.length; i > 0; i -= 4) digits.push(Number(all.slice(i - 4, i)));
    // Leading zero digits (a value below 1) go: the weight follows the first nonzero digit.
    while (digits.length > 0 && digits[digits.length - 1] === 0) digits.pop();
    return this.numericDigits(
      digits,
      digits.length,
      digits.length - 1 - frac.length / 4,
      neg && digits.length > 0,
      s,
    );
  }

  /** digits[0..k) least significant first; trailing zero digits are dropped here. */
  private numericDigits(digits: number[], k: number, weight: number, neg: boolean, dscale: number): this {
    let low = 0;
    while (low < k && digits[low] === 0) low++;
    const n = k - low;
    const size = 8 + 2 * n;
    this.value(size);
    const b = this.buf;
    let at = this.at;
    this.i32(size, at);
    const w = n === 0 ? 0 : weight;
    b[at + 4] = n >> 8;
    b[at + 5] = n & 0xff;
    b[at + 6] = (w >> 8) & 0xff;
    b[at + 7] = w & 0xff;
    b[at + 8] = neg && n > 0 ? NUMERIC_NEG >> 8 : 0;
    b[at + 9] = 0;
    b[at + 10] = dscale >> 8;
    b[at + 11] = dscale & 0xff;
    at += 12;
    for (let i = k - 1; i >= low; i--, at += 2) {
      const d = digits[i]!;
      b[at] = d >> 8;
      b[at + 1] = d & 0xff;
    }
    this.at = at;
    return this;
  }

  /** The COPY payload: the buffers written, with the trailer. */
  finish(): Buffer[] {
    if (this.textStart >= 0) throw new Error('BinaryRows: a value is still open');
    if (this.fieldsLeft !== 0) throw new Error(`BinaryRows: ${this.fieldsLeft} values missing in a row`);
    this.room(2);
    this.buf.writeInt16BE(-1, this.at);
    this.at += 2;
    this.done.push(this.buf.subarray(0, this.at));
    this.buf = Buffer.alloc(0);
    this.at = 0;
    return this.done;
  }

  private value(bytes: number) {
    if (this.textStart >= 0) throw new Error('BinaryRows: a value is still open');
    if (this.fieldsLeft-- <= 0) throw new Error('BinaryRows: more values than fields in a row');
    this.room(4 + bytes);
  }

  /** Room for `bytes` more inside an open() value: moves the value so far into a larger buffer. */
  private grow(bytes: number) {
    const from = this.textStart;
    const next = Buffer.allocUnsafe(Math.max(CHUNK, (this.at - from + bytes) * 2));
    this.buf.copy(next, 0, from, this.at);
    if (from > 0) this.done.push(this.buf.subarray(0, from));
    this.at -= from;
    this.textStart = 0;
    this.buf = next;
  }

  private room(bytes: number) {
    if (this.at + bytes <= this.buf.length) return;
    if (this.at > 0) this.done.push(this.buf.subarray(0, this.at));
    this.buf = Buffer.allocUnsafe(Math.max(CHUNK, bytes));
    this.at = 0;
  }

  private int64(n: number, at: number) {
    const hi = Math.floor(n / TWO_32);
    this.i32(hi, at);
    this.i32(n - hi * TWO_32, at + 4);
  }

  /** A 32-bit big-endian integer (signed or unsigned: the low 32 bits). */
  private i32(n: number, at: number) {
    const b = this.buf;
    b[at] = n >>> 24;
    b[at + 1] = (n >>> 16) & 0xff;
    b[at + 2] = (n >>> 8) & 0xff;
    b[at + 3] = n & 0xff;
  }
}

/** A uuid's 16 bytes, for BinaryRows#uuid. */
export function uuidBytes(uuid: string): Buffer {
  const hex = uuid.replace(/-/g, '');
  if (!/^[0-9a-f]{32}$/i.test(hex)) throw new RangeError(`not a uuid: "${uuid}"`);
  return Buffer.from(hex, 'hex');
}
