/**
 * Bit-level helpers of the `B` plan payload (layout-b.ts): a bit writer and a strict bit
 * reader, Exp-Golomb codes for unbounded integers, a CRC-16 over the bits, and the decimal text
 * the QR code holds (digits fill a QR code in « numeric » mode: 3.33 bits per digit, against
 * 8 bits per character of base64url, which carries 6).
 */

/** Malformed input while reading: the caller turns it into a typed payload error. */
export class PayloadFormatError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'PayloadFormatError';
  }
}

/** No honest field needs more: refuses absurd lengths before they allocate anything. */
const MAX_GOLOMB_PREFIX = 32;

export class BitWriter {
  private readonly bits: number[] = [];

  bit(value: boolean | 0 | 1): void {
    this.bits.push(value ? 1 : 0);
  }

  /** `value` on exactly `width` bits, most significant first. */
  uint(value: number, width: number): void {
    if (!Number.isSafeInteger(value) || value < 0 || value >= 2 ** width) throw new RangeError(`${value} does not fit ${width} bits`);
    for (let i = width - 1; i >= 0; i--) this.bits.push(Math.floor(value / 2 ** i) % 2);
  }

  /** Exp-Golomb code of order k: small values short, any value possible. */
  golomb(value: number, k = 0): void {
    if (!Number.isSafeInteger(value) || value < 0) throw new RangeError(`${value} is not a natural number`);
    const high = Math.floor(value / 2 ** k) + 1;
    let width = 1;
    while (2 ** width <= high) width++;
    for (let i = 1; i < width; i++) this.bits.push(0);
    this.uint(high, width);
    if (k > 0) this.uint(value % 2 ** k, k);
  }

  get length(): number {
    return this.bits.length;
  }

  toBits(): number[] {
    return [...this.bits];
  }
}

export class BitReader {
  private position = 0;

  constructor(private readonly bits: readonly number[]) {}

  bit(): boolean {
    const value = this.bits[this.position];
    if (value === undefined) throw new PayloadFormatError('past the end');
    this.position++;
    return value === 1;
  }

  uint(width: number): number {
    let value = 0;
    for (let i = 0; i < width; i++) value = value * 2 + (this.bit() ? 1 : 0);
    return value;
  }

  golomb(k = 0): number {
    let zeros = 0;
    while (!this.bit()) {
      if (++zeros > MAX_GOLOMB_PREFIX) throw new PayloadFormatError('number too long');
    }
    const high = 2 ** zeros + this.uint(zeros);
    return (high - 1) * 2 ** k + (k > 0 ? this.uint(k) : 0);
  }

  /** Every bit must have been read: trailing bits mean a payload we do not understand. */
  end(): void {
    if (this.position !== this.bits.length) throw new PayloadFormatError('trailing bits');
  }
}

/** CRC-16/CCITT-FALSE over a bit sequence: a typo, a cut or a flipped digit is caught. */
export function crc16(bits: readonly number[]): number {
  let crc = 0xffff;
  for (const bit of bits) {
    const top = ((crc >> 15) & 1) ^ bit;
    crc = (crc << 1) & 0xffff;
    if (top) crc ^= 0x1021;
  }
  return crc;
}

/**
 * Bits → decimal digits: the number whose binary form is `1` followed by the bits (the leading 1
 * keeps leading zero bits, and tells exactly where the bits start).
 */
export function bitsToDecimal(bits: readonly number[]): string {
  return BigInt(`0b1${bits.join('')}`).toString(10);
}

/** Decimal digits → bits; strict: digits only, no leading zero, and the leading 1 present. */
export function decimalToBits(digits: string): number[] {
  if (!/^[1-9][0-9]*$/.test(digits)) throw new PayloadFormatError('not a decimal number');
  const binary = BigInt(digits).toString(2);
  return [...binary.slice(1)].map((c) => (c === '1' ? 1 : 0));
}
