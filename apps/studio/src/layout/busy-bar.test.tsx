import { MantineProvider } from '@mantine/core';
import { QueryClient, QueryClientProvider, useQuery } from '@tanstack/react-query';
import { act, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { BusyBar } from './busy-bar';

function Slow(props: { answer: Promise<string> }) {
  useQuery({ queryKey: ['slow'], queryFn: () => props.answer });
  return null;
}

afterEach(() => vi.useRealTimers());

describe('the busy bar', () => {
  it('appears only once a request has run for a second, and goes when it ends', async () => {
    vi.useFakeTimers();
    let finish: (value: string) => void = () => {};
    const answer = new Promise<string>((resolve) => {
      finish = resolve;
    });
    render(
      <MantineProvider env="test">
        <QueryClientProvider client={new QueryClient()}>
          <Slow answer={answer} />
          <BusyBar />
        </QueryClientProvider>
      </MantineProvider>,
    );
    const bar = () => screen.queryByRole('progressbar', { name: 'Waiting for Switchyard' });
    await act(() => vi.advanceTimersByTimeAsync(900));
    expect(bar()).toBeNull();
    await act(() => vi.advanceTimersByTimeAsync(200));
    expect(bar()).not.toBeNull();
    finish('done');
    // React Query tells its observers on the next tick.
    await act(() => vi.advanceTimersByTimeAsync(10));
    expect(bar()).toBeNull();
  });
});
