import { describe, expect, it } from 'vitest';
import { history } from './history';

describe('history', () => {
  it('undoes and redoes recorded changes in order', () => {
    let h = history.start('a');
    h = history.record(h, 'b');
    h = history.record(h, 'c');
    h = history.undo(h);
    expect(h.present).toBe('b');
    h = history.undo(h);
    expect(h.present).toBe('a');
    h = history.redo(h);
    expect(h.present).toBe('b');
  });

  it('forgets the redo branch when a new change is recorded', () => {
    let h = history.record(history.start(1), 2);
    h = history.record(history.undo(h), 3);
    expect(history.redo(h).present).toBe(3);
    expect(h.future).toEqual([]);
  });

  it('folds transient changes into one step after a checkpoint', () => {
    let h = history.checkpoint(history.start({ x: 0 }));
    for (const x of [1, 2, 3]) h = history.replace(h, { x });
    expect(h.present).toEqual({ x: 3 });
    expect(history.undo(h).present).toEqual({ x: 0 });
  });

  it('does nothing when there is nothing to undo or redo', () => {
    const h = history.start('only');
    expect(history.undo(h)).toBe(h);
    expect(history.redo(h)).toBe(h);
  });

  it('keeps at most 100 steps', () => {
    let h = history.start(0);
    for (let i = 1; i <= 150; i++) h = history.record(h, i);
    expect(h.past).toHaveLength(100);
    expect(h.past[0]).toBe(50);
  });
});
