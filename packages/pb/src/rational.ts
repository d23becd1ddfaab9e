/**
 * Exact non-negative-or-negative fractions over BigInt.
 *
 * Every decision of the counting rules (who can afford what, which project is cheaper per
 * supporter) is taken on these values, never on floating point, so results agree with
 * pabutools' `fractions.Fraction` mode bit for bit.
 */
export class Rational {
  /** Always in lowest terms, `den > 0`. */
  readonly num: bigint;
  readonly den: bigint;

  private constructor(num: bigint, den: bigint) {
    this.num = num;
    this.den = den;
  }

  static readonly ZERO = new Rational(0n, 1n);
  static readonly ONE = new Rational(1n, 1n);

  static of(num: bigint | number, den: bigint | number = 1n): Rational {
    let n = BigInt(num);
    let d = BigInt(den);
    if (d === 0n) throw new RangeError('Rational: division by zero');
    if (d < 0n) {
      n = -n;
      d = -d;
    }
    if (d === 1n) return new Rational(n, 1n);
    const g = gcd(n < 0n ? -n : n, d);
    return g === 1n ? new Rational(n, d) : new Rational(n / g, d / g);
  }

  /** Parses "12", "-3.25", "1e3" is refused (Pabulib uses plain decimals). */
  static parse(text: string): Rational | null {
    const m = /^\s*(-?)(\d*)(?:[.,](\d*))?\s*$/.exec(text);
    if (!m || (m[2] === '' && (m[3] ?? '') === '')) return null;
    const frac = m[3] ?? '';
    const n = BigInt((m[2] || '0') + frac) * (m[1] === '-' ? -1n : 1n);
    return Rational.of(n, 10n ** BigInt(frac.length));
  }

  add(o: Rational): Rational {
    if (this.den === o.den) return Rational.of(this.num + o.num, this.den);
    return Rational.of(this.num * o.den + o.num * this.den, this.den * o.den);
  }
  sub(o: Rational): Rational {
    if (this.den === o.den) return Rational.of(this.num - o.num, this.den);
    return Rational.of(this.num * o.den - o.num * this.den, this.den * o.den);
  }
  mul(o: Rational): Rational {
    return Rational.of(this.num * o.num, this.den * o.den);
  }
  mulInt(k: bigint): Rational {
    return Rational.of(this.num * k, this.den);
  }
  div(o: Rational): Rational {
    return Rational.of(this.num * o.den, this.den * o.num);
  }
  divInt(k: bigint): Rational {
    return Rational.of(this.num, this.den * k);
  }
  cmp(o: Rational): number {
    const l = this.num * o.den;
    const r = o.num * this.den;
    return l < r ? -1 : l > r ? 1 : 0;
  }
  eq(o: Rational): boolean {
    return this.num === o.num && this.den === o.den;
  }
  lt(o: Rational): boolean {
    return this.cmp(o) < 0;
  }
  lte(o: Rational): boolean {
    return this.cmp(o) <= 0;
  }
  isZero(): boolean {
    return this.num === 0n;
  }
  min(o: Rational): Rational {
    return this.cmp(o) <= 0 ? this : o;
  }
  floor(): bigint {
    const q = this.num / this.den;
    return this.num < 0n && q * this.den !== this.num ? q - 1n : q;
  }
  /** For display only: never use the result in a decision. */
  toNumber(): number {
    return Number(this.num) / Number(this.den);
  }
  toString(): string {
    return this.den === 1n ? this.num.toString() : `${this.num}/${this.den}`;
  }
  /** Decimal text with `digits` digits after the point, rounded half up (display only). */
  toFixed(digits: number): string {
    const scale = 10n ** BigInt(digits);
    const neg = this.num < 0n;
    const abs = neg ? -this.num : this.num;
    const scaled = (abs * scale * 2n + this.den) / (this.den * 2n);
    const int = scaled / scale;
    const frac = (scaled % scale).toString().padStart(digits, '0');
    return `${neg && scaled !== 0n ? '-' : ''}${int}${digits > 0 ? '.' + frac : ''}`;
  }
}

export function gcd(a: bigint, b: bigint): bigint {
  while (b !== 0n) {
    const t = a % b;
    a = b;
    b = t;
  }
  return a;
}
