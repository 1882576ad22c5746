import { describe, expect, it } from 'vitest';
import { keyedRun, keyTests } from './key-reader';

const read = (key: string, notFound: unknown = null) =>
  keyedRun({ key, notFound, op: keyTests.value, operand: undefined, negate: false });

describe('keyedRun reads', () => {
  it('own keys of objects, arrays and strings, with json-logic-js defaults', () => {
    expect(read('a')({ a: 0 })).toBe(0);
    expect(read('a', 'none')({ a: undefined })).toBe('none');
    expect(read('length')([1, 2])).toBe(2);
    expect(read('length')('abc')).toBe(3);
    expect(read('0')('abc')).toBe('a');
    expect(read('a')(null)).toBeNull();
    expect(read('a', 5)(undefined)).toBe(5);
  });

  it('nothing inherited: not from Object.prototype, class prototypes or a polluted prototype', () => {
    expect(read('toString')({})).toBeNull();
    expect(read('map')([])).toBeNull();
    expect(read('toFixed')(5)).toBeNull();
    class Lead {
      get score() {
        return 99;
      }
    }
    expect(read('score')(new Lead())).toBeNull();
    const proto = Object.prototype as Record<string, unknown>;
    try {
      proto.polluted = 'from the prototype';
      expect(read('polluted')({})).toBeNull();
      expect(read('polluted')({ polluted: 'own' })).toBe('own');
    } finally {
      delete proto.polluted;
    }
  });

  it('own keys of objects without a prototype', () => {
    const bare = Object.assign(Object.create(null) as object, { a: 1 });
    expect(read('a')(bare)).toBe(1);
    expect(read('b')(bare)).toBeNull();
  });
});

describe('keyedRun tests', () => {
  const test = (op: (typeof keyTests)[keyof typeof keyTests], operand: unknown, negate = false) =>
    keyedRun({ key: 'x', notFound: null, op, operand, negate });

  it('apply each operator to the value read, negated on request', () => {
    expect(test(keyTests['=='], 1)({ x: '1' })).toBe(true);
    expect(test(keyTests['==='], 1)({ x: '1' })).toBe(false);
    expect(test(keyTests['!=='], 1, true)({ x: '1' })).toBe(false);
    expect(test(keyTests['>='], 10)({ x: '9' })).toBe(false);
    expect(test(keyTests.in, ['a', 'b'])({ x: 'b' })).toBe(true);
    expect(test(keyTests.between, [1, 5])({ x: 5 })).toBe(false);
    expect(test(keyTests.betweenOrEqual, [1, 5])({ x: 5 })).toBe(true);
    expect(test(keyTests.truthy, undefined, true)({ x: [] })).toBe(true);
  });

  it('compare the default when the key is absent, as json-logic-js compares null', () => {
    expect(test(keyTests['=='], null)({})).toBe(true);
    expect(test(keyTests['>='], 0)({})).toBe(true);
    expect(test(keyTests['<'], 0)({ toString: 1 })).toBe(false);
  });

  it('stay correct past 32 keys, when copies are shared', () => {
    const readers = Array.from({ length: 80 }, (_, i) => read(`field${i}`));
    const data = Object.fromEntries(readers.map((_, i) => [`field${i}`, i]));
    expect(readers.map((reader) => reader(data))).toEqual(readers.map((_, i) => i));
  });
});
