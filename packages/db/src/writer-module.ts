import { createHash } from 'node:crypto';
import {
  existsSync,
  mkdirSync,
  readdirSync,
  renameSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

let fromSource: Promise<URL> | null = null;

/**
 * The writer thread's module. Bundled (the runtime's build), it is `writer-thread.js` beside the
 * bundle. Run from TypeScript source (tests, `tsx`), a worker cannot load `.ts` files, so the
 * module is bundled with esbuild once per process into `node_modules/.cache` of this package,
 * where its external packages resolve; the file is named by its content, so processes share it.
 */
export function writerThreadModule(): Promise<URL> {
  if (!import.meta.url.endsWith('.ts'))
    return Promise.resolve(new URL('./writer-thread.js', import.meta.url));
  // A failed bundle (a syntax error being fixed) is tried again by the next writer, not cached.
  fromSource ??= bundleFromSource().catch((error: unknown) => {
    fromSource = null;
    throw error;
  });
  return fromSource;
}

async function bundleFromSource(): Promise<URL> {
  const esbuild = await import('esbuild');
  const result = await esbuild.build({
    entryPoints: [fileURLToPath(new URL('./writer-thread.ts', import.meta.url))],
    bundle: true,
    platform: 'node',
    target: 'node20',
    format: 'esm',
    write: false,
    external: ['@libsql/client', 'libsql'],
    // Bundled CommonJS packages call `require`; an ES module has none of its own.
    banner: {
      js: 'import { createRequire as bannerRequire } from "node:module"; const require = bannerRequire(import.meta.url);',
    },
    logLevel: 'warning',
  });
  // esbuild's service process would otherwise stay beside the runtime, using CPU.
  await esbuild.stop();
  const code = (result.outputFiles[0] as { contents: Uint8Array }).contents;
  const hash = createHash('sha256').update(code).digest('hex').slice(0, 16);
  const folder = fileURLToPath(new URL('../node_modules/.cache/switchyard/', import.meta.url));
  const file = join(folder, `writer-thread-${hash}.mjs`);
  if (!existsSync(file)) {
    mkdirSync(folder, { recursive: true });
    // Written aside and renamed: another process may be reading the same name.
    const written = `${file}.${process.pid}.tmp`;
    writeFileSync(written, code);
    renameSync(written, file);
    removeStale(folder);
  }
  return pathToFileURL(file);
}

// Each edit of the sources makes a new file; those not written for a day are left by old code.
function removeStale(folder: string): void {
  const dayAgo = Date.now() - 86_400_000;
  for (const name of readdirSync(folder)) {
    const path = join(folder, name);
    // Another process may remove the same file meanwhile: a missing file is not an error.
    const modified = statSync(path, { throwIfNoEntry: false })?.mtimeMs ?? Date.now();
    if (name.startsWith('writer-thread-') && modified < dayAgo) rmSync(path, { force: true });
  }
}
