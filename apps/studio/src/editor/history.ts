/**
 * Snapshot undo/redo (React Flow's own undo is a paid example): the past and future are whole
 * states, which is simple and cheap at flow sizes (a few hundred nodes).
 */
export type History<T> = { past: T[]; present: T; future: T[] };

const limit = 100;

export const history = {
  start: <T>(present: T): History<T> => ({ past: [], present, future: [] }),
  /** A change the user can undo. */
  record: <T>(h: History<T>, next: T): History<T> =>
    next === h.present
      ? h
      : { past: [...h.past, h.present].slice(-limit), present: next, future: [] },
  /** A change folded into the current step (dragging, selecting, measuring). */
  replace: <T>(h: History<T>, next: T): History<T> => ({ ...h, present: next }),
  /** Marks the current state as an undo step before a gesture of many transient changes. */
  checkpoint: <T>(h: History<T>): History<T> => ({
    past: [...h.past, h.present].slice(-limit),
    present: h.present,
    future: [],
  }),
  undo: <T>(h: History<T>): History<T> => {
    const previous = h.past.at(-1);
    if (previous === undefined) return h;
    return { past: h.past.slice(0, -1), present: previous, future: [h.present, ...h.future] };
  },
  redo: <T>(h: History<T>): History<T> => {
    const [next, ...rest] = h.future;
    if (next === undefined) return h;
    return { past: [...h.past, h.present], present: next, future: rest };
  },
};
