import { execFile } from 'node:child_process';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';

/** What pandoc made of one markdown document: the names of its metadata fields, or why it could not read it. */
export type PandocReading = { ok: true; metaKeys: string[] } | { ok: false; error: string };

/**
 * Reads each document inside one pandoc process: a Lua filter calls
 * pandoc.read, the same markdown reader as `pandoc -f markdown`, once per
 * file, so a property test can check hundreds of documents in a second.
 */
const FILTER = String.raw`
function Pandoc(doc)
  local list = assert(io.open(os.getenv('FORKCAST_PANDOC_LIST'), 'r'))
  local out = assert(io.open(os.getenv('FORKCAST_PANDOC_OUT'), 'w'))
  for file in list:lines() do
    local handle = assert(io.open(file, 'rb'))
    local text = handle:read('a')
    handle:close()
    local ok, result = pcall(pandoc.read, text, 'markdown')
    if ok then
      local keys = {}
      for key in pairs(result.meta) do table.insert(keys, key) end
      table.sort(keys)
      out:write('ok\t' .. table.concat(keys, ',') .. '\n')
    else
      out:write('error\t' .. (tostring(result):gsub('%s+', ' ')) .. '\n')
    end
  end
  list:close()
  out:close()
  return doc
end
`;

const run = promisify(execFile);

/** Debian's pandoc; `.ci/run` installs it. */
export const PANDOC = '/usr/bin/pandoc';

export async function readWithPandoc(documents: readonly string[]): Promise<PandocReading[]> {
  const folder = await mkdtemp(path.join(tmpdir(), 'forkcast-pandoc-'));
  try {
    const files = documents.map((_, index) => path.join(folder, `${index}.md`));
    await Promise.all(documents.map((text, index) => writeFile(files[index] as string, text)));
    const list = path.join(folder, 'list.txt');
    const out = path.join(folder, 'out.txt');
    await writeFile(list, files.join('\n'));
    await writeFile(path.join(folder, 'filter.lua'), FILTER);
    try {
      await run(
        PANDOC,
        ['-f', 'markdown', '-t', 'plain', '--lua-filter', path.join(folder, 'filter.lua'), '/dev/null'],
        {
          env: { ...process.env, FORKCAST_PANDOC_LIST: list, FORKCAST_PANDOC_OUT: out },
        },
      );
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') {
        throw new Error(`${PANDOC} is missing: install Debian's pandoc (apt-get install pandoc), as .ci/run does.`);
      }
      throw error;
    }
    const lines = (await readFile(out, 'utf8')).split('\n').filter(Boolean);
    if (lines.length !== documents.length)
      throw new Error(`pandoc answered for ${lines.length} of ${documents.length} documents`);
    return lines.map((line) => {
      const [status, rest = ''] = line.split('\t');
      return status === 'ok' ? { ok: true, metaKeys: rest ? rest.split(',') : [] } : { ok: false, error: rest };
    });
  } finally {
    await rm(folder, { recursive: true, force: true });
  }
}
