import { describe, expect, it } from 'vitest';
import { bucketOf } from './bucket';
import { armForBucket, armKey, checkArmWeights } from './experiment-arm';

const split = (...weights: number[]) => weights.map((weight, i) => ({ key: armKey(i), weight }));

describe('armForBucket', () => {
  it('gives each arm a run of buckets as wide as its weight, in order', () => {
    const arms = split(50, 50);
    expect(armForBucket(arms, 0).key).toBe('a');
    expect(armForBucket(arms, 49).key).toBe('a');
    expect(armForBucket(arms, 50).key).toBe('b');
    expect(armForBucket(arms, 99).key).toBe('b');
  });

  it('honours uneven and three-way splits', () => {
    expect(armForBucket(split(10, 90), 9).key).toBe('a');
    expect(armForBucket(split(10, 90), 10).key).toBe('b');
    const three = split(20, 30, 50);
    expect([0, 19, 20, 49, 50, 99].map((b) => armForBucket(three, b).key)).toEqual([
      'a',
      'a',
      'b',
      'b',
      'c',
      'c',
    ]);
  });

  it('splits 1,000 people close to their weights', () => {
    const counts = { a: 0, b: 0 };
    for (let i = 0; i < 1000; i++) {
      const arm = armForBucket(split(30, 70), bucketOf(`person${i}@example.com`));
      counts[arm.key as 'a' | 'b'] += 1;
    }
    expect(counts.a).toBeGreaterThan(255);
    expect(counts.a).toBeLessThan(345);
  });
});

describe('checkArmWeights', () => {
  it('accepts whole shares summing to 100', () => {
    expect(checkArmWeights(split(50, 50))).toBeNull();
    expect(checkArmWeights(split(1, 99))).toBeNull();
    expect(checkArmWeights(split(25, 25, 50))).toBeNull();
  });

  it('refuses shares that do not sum to 100, with the sum in the sentence', () => {
    expect(checkArmWeights(split(50, 40))).toEqual({
      code: 'invalid_input',
      message: 'The shares must add up to 100 percent; they add up to 90.',
    });
  });

  it('refuses one arm, five arms, zero and fractional shares', () => {
    expect(checkArmWeights(split(100))?.message).toMatch(
      /between 2 and 4 versions; this one has 1/,
    );
    expect(checkArmWeights(split(20, 20, 20, 20, 20))?.code).toBe('invalid_input');
    expect(checkArmWeights(split(0, 100))?.message).toMatch(/whole share/);
    expect(checkArmWeights(split(50.5, 49.5))?.message).toMatch(/whole share/);
  });
});
