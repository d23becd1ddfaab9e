import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { bbox, pointInMultiPolygon, type MultiPolygon } from './geometry';

/** A 10 × 10 square at the origin with a 2 × 2 hole in the middle, and a separate unit square. */
const square = (x0: number, y0: number, size: number) => [
	[x0, y0],
	[x0 + size, y0],
	[x0 + size, y0 + size],
	[x0, y0 + size],
	[x0, y0]
];
const shape: MultiPolygon = { type: 'MultiPolygon', coordinates: [[square(0, 0, 10), square(4, 4, 2)], [square(20, 20, 1)]] };

describe('point in a MultiPolygon', () => {
	it('a point inside the outer ring is inside', () => {
		expect(pointInMultiPolygon(1, 1, shape)).toBe(true);
		expect(pointInMultiPolygon(9.5, 2, shape)).toBe(true);
	});

	it('a point in a hole is outside', () => {
		expect(pointInMultiPolygon(5, 5, shape)).toBe(false);
	});

	it('every polygon of the MultiPolygon counts', () => {
		expect(pointInMultiPolygon(20.5, 20.5, shape)).toBe(true);
	});

	it('points beyond every polygon are outside', () => {
		expect(pointInMultiPolygon(-1, 5, shape)).toBe(false);
		expect(pointInMultiPolygon(15, 15, shape)).toBe(false);
		expect(pointInMultiPolygon(5, 10.01, shape)).toBe(false);
	});

	it('an empty MultiPolygon contains nothing', () => {
		expect(pointInMultiPolygon(0, 0, { type: 'MultiPolygon', coordinates: [] })).toBe(false);
	});

	it('agrees with the rectangle test for any point off the edges (property)', () => {
		// Coordinates from -5 to 15 in steps of 0.01, shifted by 0.005 so that none lies on an edge.
		const coord = fc.integer({ min: -500, max: 1500 }).map((k) => k / 100 + 0.005);
		fc.assert(
			fc.property(coord, coord, (x, y) => {
				const inSquare = x > 0 && x < 10 && y > 0 && y < 10;
				const inHole = x > 4 && x < 6 && y > 4 && y < 6;
				expect(pointInMultiPolygon(x, y, shape)).toBe(inSquare && !inHole);
			})
		);
	});

	it('works for a concave ring (an L shape)', () => {
		const l: MultiPolygon = {
			type: 'MultiPolygon',
			coordinates: [[[[0, 0], [4, 0], [4, 1], [1, 1], [1, 4], [0, 4], [0, 0]]]]
		};
		expect(pointInMultiPolygon(0.5, 3, l)).toBe(true);
		expect(pointInMultiPolygon(3, 0.5, l)).toBe(true);
		expect(pointInMultiPolygon(3, 3, l)).toBe(false);
	});
});

describe('bounding box', () => {
	it('spans every ring of every geometry', () => {
		expect(bbox([shape])).toEqual([0, 0, 21, 21]);
		expect(bbox([shape, { type: 'MultiPolygon', coordinates: [[square(-3, 2, 1)]] }])).toEqual([-3, 0, 21, 21]);
	});
});
