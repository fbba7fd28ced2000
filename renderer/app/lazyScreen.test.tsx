import { Suspense } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { lazyScreen } from './lazyScreen';

function Greeting({ name }: { name: string }) {
  return <p>Hello, {name}</p>;
}

const inSuspense = (node: React.ReactNode) =>
  renderToStaticMarkup(<Suspense fallback={<i>loading</i>}>{node}</Suspense>);

describe('lazyScreen', () => {
  it('shows the fallback while the code is not fetched yet', () => {
    const { Screen } = lazyScreen(() => new Promise<typeof Greeting>(() => undefined));
    expect(inSuspense(<Screen name="Petya" />)).toBe('<i>loading</i>');
  });

  it('renders at once, never the fallback, once preloaded', async () => {
    const { Screen, preload } = lazyScreen(async () => Greeting);
    await preload();
    expect(inSuspense(<Screen name="Petya" />)).toBe('<p>Hello, Petya</p>');
  });

  it('fetches the code once however often it is preloaded', async () => {
    let fetched = 0;
    const { preload } = lazyScreen(async () => {
      fetched++;
      return Greeting;
    });
    await Promise.all([preload(), preload()]);
    await preload();
    expect(fetched).toBe(1);
  });

  it('fetches again after a failed fetch', async () => {
    let attempts = 0;
    const { preload } = lazyScreen(async () => {
      attempts++;
      if (attempts === 1) throw new Error('offline');
      return Greeting;
    });
    await expect(preload()).rejects.toThrow('offline');
    await preload();
    expect(attempts).toBe(2);
  });
});
