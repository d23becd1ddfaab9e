import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { Rational } from './rational.ts';

describe('Rational', () => {
  it('keeps fractions in lowest terms with a positive denominator', () => {
    const r = Rational.of(6n, -4n);
    expect(r.num).toBe(-3n);
    expect(r.den).toBe(2n);
  });
  it('parses decimal text exactly', () => {
    expect(Rational.parse('1234.50')!.toString()).toBe('2469/2');
    expect(Rational.parse('0,1')!.toString()).toBe('1/10');
    expect(Rational.parse('abc')).toBeNull();
  });
  it('adds, subtracts, multiplies, divides and compares exactly', () => {
    fc.assert(
      fc.property(fc.bigInt(-1000n, 1000n), fc.bigInt(1n, 50n), fc.bigInt(-1000n, 1000n), fc.bigInt(1n, 50n), (a, b, c, d) => {
        const x = Rational.of(a, b);
        const y = Rational.of(c, d);
        expect(x.add(y).sub(y).eq(x)).toBe(true);
        if (!y.isZero()) expect(x.mul(y).div(y).eq(x)).toBe(true);
        expect(Math.sign(x.cmp(y))).toBe(Math.sign(Number(a * d - c * b)));
      }),
    );
  });
  it('formats with rounding for display', () => {
    expect(Rational.of(2n, 3n).toFixed(2)).toBe('0.67');
    expect(Rational.of(-1n, 8n).toFixed(2)).toBe('-0.13');
    expect(Rational.of(7n, 2n).floor()).toBe(3n);
    expect(Rational.of(-7n, 2n).floor()).toBe(-4n);
  });
});
