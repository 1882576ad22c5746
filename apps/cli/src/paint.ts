import { styleText } from 'node:util';

export type Tone = 'error' | 'warning' | 'pass' | 'fail' | 'dim';

const formats = {
  error: 'red',
  warning: 'yellow',
  pass: 'green',
  fail: 'red',
  dim: 'gray',
} as const satisfies Record<Tone, Parameters<typeof styleText>[0]>;

/** Colour text when the output is a terminal that wants colour; plain text otherwise. */
export function paint(color: boolean, tone: Tone, text: string): string {
  return color ? styleText(formats[tone], text) : text;
}
