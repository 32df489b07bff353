import { useRef, useState, type KeyboardEvent } from 'react';

export interface Cell {
  row: number;
  col: number;
}

export interface GridFocus {
  /** Props for a cell's focusable element: its place in the Tab order and its focus tracking. */
  cellProps: (
    row: number,
    col: number,
  ) => {
    ref: (element: HTMLElement | null) => void;
    tabIndex: 0 | -1;
    onFocus: () => void;
  };
  /** The grid's key handler: arrows, Home and End move focus between cells. */
  onKeyDown: (event: KeyboardEvent<HTMLElement>) => void;
  /** Makes a cell the grid's Tab stop (and focuses it if asked). */
  moveTo: (cell: Cell, focus?: boolean) => void;
}

/**
 * Roving focus for an ARIA grid whose rows may have different lengths: the
 * whole grid is one Tab stop, arrow keys move between cells (up and down keep
 * the column where the row has it), Home and End go to the row's ends and
 * Ctrl+Home and Ctrl+End to the grid's. `rowLengths` says how many focusable
 * cells each row has, in order.
 */
export function useGridFocus(rowLengths: readonly number[]): GridFocus {
  const elements = useRef(new Map<string, HTMLElement>());
  const [active, setActive] = useState<Cell>({ row: 0, col: 0 });

  const clamp = ({ row, col }: Cell): Cell => {
    const lastRow = rowLengths.length - 1;
    const r = Math.max(0, Math.min(row, lastRow));
    return { row: r, col: Math.max(0, Math.min(col, (rowLengths[r] ?? 1) - 1)) };
  };
  // Rows come and go (an activity picked or removed): the Tab stop stays on a cell that exists.
  const current = clamp(active);

  const moveTo = (cell: Cell, focus = true) => {
    const next = clamp(cell);
    setActive(next);
    if (focus) elements.current.get(`${next.row}:${next.col}`)?.focus();
  };

  const onKeyDown = (event: KeyboardEvent<HTMLElement>) => {
    const { row, col } = current;
    const lastRow = rowLengths.length - 1;
    const ctrl = event.ctrlKey || event.metaKey;
    let next: Cell;
    switch (event.key) {
      case 'ArrowRight':
        next = { row, col: col + 1 };
        break;
      case 'ArrowLeft':
        next = { row, col: col - 1 };
        break;
      case 'ArrowDown':
        next = { row: row + 1, col };
        break;
      case 'ArrowUp':
        next = { row: row - 1, col };
        break;
      case 'Home':
        next = ctrl ? { row: 0, col: 0 } : { row, col: 0 };
        break;
      case 'End':
        next = ctrl ? { row: lastRow, col: (rowLengths[lastRow] ?? 1) - 1 } : { row, col: (rowLengths[row] ?? 1) - 1 };
        break;
      default:
        return;
    }
    event.preventDefault();
    moveTo(next);
  };

  return {
    cellProps: (row, col) => ({
      ref: (element) => {
        const key = `${row}:${col}`;
        if (element) elements.current.set(key, element);
        else elements.current.delete(key);
      },
      tabIndex: row === current.row && col === current.col ? 0 : -1,
      onFocus: () => {
        if (row !== active.row || col !== active.col) setActive({ row, col });
      },
    }),
    onKeyDown,
    moveTo,
  };
}
