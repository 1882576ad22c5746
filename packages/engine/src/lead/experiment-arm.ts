import { type AppFailure, failure } from '../errors';

/** An arm as routing reads it: its share of traffic in percent (whole numbers). */
export type WeightedArm = { weight: number };

/** How many arms an experiment may split traffic between. */
export const maxArms = 4;

/**
 * The arm a bucket (0–99, `bucketOf`) falls in: arms in order, each owning a run of buckets as
 * wide as its weight (50/50: buckets 0–49 → first arm, 50–99 → second). The same person keeps
 * their bucket, so they keep their arm for as long as the experiment runs.
 */
export function armForBucket<A extends WeightedArm>(arms: readonly A[], bucket: number): A {
  let upTo = 0;
  for (const arm of arms) {
    upTo += arm.weight;
    if (bucket < upTo) return arm;
  }
  // Weights sum to 100 (checkArmWeights), so only a bucket outside 0–99 gets here.
  const last = arms[arms.length - 1];
  if (!last) throw new Error('An experiment needs at least one arm.');
  return last;
}

/** The key of the arm at `index`: 'a', 'b', … */
export function armKey(index: number): string {
  return String.fromCharCode(97 + index);
}

/** Null when the weights make a valid split: 2–4 arms of whole percentages summing to 100. */
export function checkArmWeights(arms: readonly WeightedArm[]): AppFailure | null {
  if (arms.length < 2 || arms.length > maxArms) {
    return failure(
      'invalid_input',
      `An experiment compares between 2 and ${maxArms} versions; this one has ${arms.length}.`,
    );
  }
  if (arms.some((arm) => !Number.isInteger(arm.weight) || arm.weight < 1 || arm.weight > 99)) {
    return failure('invalid_input', 'Give every version a whole share between 1 and 99 percent.');
  }
  const total = arms.reduce((sum, arm) => sum + arm.weight, 0);
  if (total !== 100) {
    return failure(
      'invalid_input',
      `The shares must add up to 100 percent; they add up to ${total}.`,
    );
  }
  return null;
}
