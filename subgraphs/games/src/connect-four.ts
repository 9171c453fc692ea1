/**
 * Connect Four rules, free of storage and GraphQL. The board is a 42-character string, row 0 (the
 * bottom) first, each row left to right: `.` is empty, `1` and `2` are the seats' discs. A string keeps
 * the board one small column and makes "the board did not change under me" a plain comparison.
 */

export const COLUMNS = 7;
export const ROWS = 6;
export const CELL_COUNT = COLUMNS * ROWS;
export const EMPTY_BOARD = '.'.repeat(CELL_COUNT);

export type Seat = 1 | 2;

/** Index of a cell in the board string. */
export const cellIndex = (column: number, row: number): number => row * COLUMNS + column;

/** The seat whose turn it is after `moveCount` moves: seat 1 moves first. */
export const seatToMove = (moveCount: number): Seat => (moveCount % 2 === 0 ? 1 : 2);

/** The row a disc dropped into `column` lands on, or null when the column is full. */
export function landingRow(cells: string, column: number): number | null {
  for (let row = 0; row < ROWS; row++) if (cells[cellIndex(column, row)] === '.') return row;
  return null;
}

/** Columns that still have room. */
export function legalColumns(cells: string): number[] {
  const columns: number[] = [];
  for (let column = 0; column < COLUMNS; column++) if (landingRow(cells, column) !== null) columns.push(column);
  return columns;
}

export type DropResult =
  | { ok: true; cells: string; row: number; winningCells: number[] | null; full: boolean }
  | { ok: false; reason: 'column-out-of-range' | 'column-full' };

const DIRECTIONS: [number, number][] = [
  [1, 0], // horizontal
  [0, 1], // vertical
  [1, 1], // diagonal up-right
  [1, -1], // diagonal down-right
];

/**
 * Every cell of the longest line (at least four) through (column, row) in `seat`'s colour, or null.
 * Only lines through the newest disc can be new wins, so checking there is enough.
 */
export function winningLine(cells: string, column: number, row: number, seat: Seat): number[] | null {
  const mark = String(seat);
  const at = (c: number, r: number) => c >= 0 && c < COLUMNS && r >= 0 && r < ROWS && cells[cellIndex(c, r)] === mark;
  let best: number[] | null = null;
  for (const [dc, dr] of DIRECTIONS) {
    const line = [cellIndex(column, row)];
    for (let step = 1; at(column + dc * step, row + dr * step); step++) line.push(cellIndex(column + dc * step, row + dr * step));
    for (let step = 1; at(column - dc * step, row - dr * step); step++) line.push(cellIndex(column - dc * step, row - dr * step));
    if (line.length >= 4 && (!best || line.length > best.length)) best = line;
  }
  return best ? [...best].sort((a, b) => a - b) : null;
}

/** Drops `seat`'s disc into `column`: the new board, where it landed, and whether it won or filled the board. */
export function drop(cells: string, column: number, seat: Seat): DropResult {
  if (!Number.isInteger(column) || column < 0 || column >= COLUMNS) return { ok: false, reason: 'column-out-of-range' };
  const row = landingRow(cells, column);
  if (row === null) return { ok: false, reason: 'column-full' };
  const index = cellIndex(column, row);
  const next = cells.slice(0, index) + String(seat) + cells.slice(index + 1);
  return { ok: true, cells: next, row, winningCells: winningLine(next, column, row, seat), full: !next.includes('.') };
}

/** Replays columns from an empty board; throws on an illegal move or a move after the game ended. */
export function replay(columns: number[]): { cells: string; winner: Seat | null; winningCells: number[] | null } {
  let cells = EMPTY_BOARD;
  for (const [i, column] of columns.entries()) {
    const seat = seatToMove(i);
    const result = drop(cells, column, seat);
    if (!result.ok) throw new Error(`move ${i + 1} (column ${column}): ${result.reason}`);
    cells = result.cells;
    if (result.winningCells) {
      if (i !== columns.length - 1) throw new Error(`moves after seat ${seat} won at move ${i + 1}`);
      return { cells, winner: seat, winningCells: result.winningCells };
    }
  }
  return { cells, winner: null, winningCells: null };
}

/** The board as rows of seats (null = empty), top row first, as clients draw it. */
export function rowsTopFirst(cells: string): (Seat | null)[][] {
  const rows: (Seat | null)[][] = [];
  for (let row = ROWS - 1; row >= 0; row--) {
    const line: (Seat | null)[] = [];
    for (let column = 0; column < COLUMNS; column++) {
      const mark = cells[cellIndex(column, row)];
      line.push(mark === '1' ? 1 : mark === '2' ? 2 : null);
    }
    rows.push(line);
  }
  return rows;
}
