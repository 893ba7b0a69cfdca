/** The few protobuf encodings the MVT and glyph test writers need (varints, lengths, packing). */
export class ProtobufWriter {
  private readonly bytes: number[] = [];

  varint(value: number): this {
    let v = value;
    while (v >= 0x80) {
      this.bytes.push((v % 0x80) | 0x80);
      v = Math.floor(v / 0x80);
    }
    this.bytes.push(v);
    return this;
  }

  /** A varint field (wire type 0). */
  uint(field: number, value: number): this {
    return this.varint(field * 8).varint(value);
  }

  /** A length-delimited field (wire type 2) holding raw bytes. */
  message(field: number, payload: Uint8Array): this {
    this.varint(field * 8 + 2).varint(payload.length);
    for (const b of payload) this.bytes.push(b);
    return this;
  }

  string(field: number, text: string): this {
    return this.message(field, new TextEncoder().encode(text));
  }

  /** A packed repeated varint field. */
  packed(field: number, values: readonly number[]): this {
    const inner = new ProtobufWriter();
    for (const v of values) inner.varint(v);
    return this.message(field, inner.finish());
  }

  finish(): Uint8Array {
    return Uint8Array.from(this.bytes);
  }
}

/** Zigzag encoding of a signed integer for MVT geometry parameters. */
export const zigzag = (n: number): number => (n >= 0 ? n * 2 : -n * 2 - 1);
