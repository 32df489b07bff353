import type { ExportMarkdownResponse } from '../../shared/bridge';
import { describeFsError } from '../atomicWrite';
import { describeStop } from '../markdown/folderFiles';
import { ExportTargetError } from '../markdown/folderGuard';
import { ExportStoppedError } from '../markdown/folderWrite';

/**
 * What the window is told when writing markdown into `folder` threw, for the
 * export and the live folder alike: a stop part-way names the files written
 * and not, a refused folder says why, anything else is described as a disk error.
 */
export function exportFailure(
  error: unknown,
  folder: string,
): Extract<ExportMarkdownResponse, { status: 'partial' | 'failed' }> {
  if (error instanceof ExportStoppedError) {
    return {
      status: 'partial',
      location: folder,
      message: describeStop(error.cause),
      written: error.written.length,
      notWritten: [...error.notWritten],
    };
  }
  return { status: 'failed', message: error instanceof ExportTargetError ? error.message : describeFsError(error) };
}
