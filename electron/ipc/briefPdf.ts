import type { Paper } from '../../shared/paper';

/**
 * What webContents.printToPDF is asked for when the brief is saved as PDF:
 * the user's paper, with backgrounds (the lean chart's shading). Margins are
 * left to Electron's default, since the brief's own `@page` rule sets them
 * (renderer/src/brief/brief.css). Kept apart from the handler, without
 * Electron, so the end-to-end suite prints the brief with the same options
 * through Chromium's own printToPDF (tests/e2e/brief.e2e.ts).
 */
export function briefPdfOptions(paper: Paper) {
  return { pageSize: paper, printBackground: true } as const;
}
