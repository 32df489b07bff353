import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import type { SourceFile } from '../../shared';

/** The fixtures of one import source (tests/fixtures/import/<folder>), as a user would pick them: names relative to the pick. */
export function fixtureFiles(folder: string): SourceFile[] {
  const root = join(__dirname, '..', 'fixtures', 'import', folder);
  const files: SourceFile[] = [];
  const visit = (dir: string) => {
    for (const name of readdirSync(dir).sort()) {
      const path = join(dir, name);
      if (statSync(path).isDirectory()) visit(path);
      else
        files.push({
          name: `${folder}/${relative(root, path).split('\\').join('/')}`,
          bytes: new Uint8Array(readFileSync(path)),
        });
    }
  };
  visit(root);
  return files;
}
