import { styleText } from 'node:util';
import { describe, expect, it } from 'vitest';
import { renderTable } from './table';

describe('renderTable', () => {
  it('pads columns, right-aligns numbers and trims line ends', () => {
    const text = renderTable(
      [{ header: 'lead' }, { header: 'score', align: 'right' }, { header: 'grade' }],
      [
        ['ada@acme.com', '60', 'hot'],
        ['bo', '5', ''],
      ],
    );
    expect(text).toBe(
      [
        'lead          score  grade',
        '------------  -----  -----',
        'ada@acme.com     60  hot',
        'bo                5',
        '',
      ].join('\n'),
    );
  });

  it('measures coloured cells by their visible width', () => {
    const text = renderTable([{ header: 'ok' }, { header: 'x' }], [[styleText('green', '✓'), 'y']]);
    expect(text.split('\n')[2]).toBe(`${styleText('green', '✓')}   y`);
  });
});
