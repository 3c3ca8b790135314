// The package's version, read from package.json next to the sources (cli/) or the build (dist/cli/).
import { readFileSync } from 'node:fs';

export function version(): string {
  for (const rel of ['../package.json', '../../package.json']) {
    try {
      const pkg = JSON.parse(readFileSync(new URL(rel, import.meta.url), 'utf8')) as {
        name?: string;
        version?: string;
      };
      if (pkg.name === 'oncelink' && pkg.version) return pkg.version;
    } catch {
      // not there: try one level up
    }
  }
  return 'unknown';
}
