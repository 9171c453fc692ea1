import { COLUMNS, EMPTY_BOARD, cellIndex, drop, legalColumns, replay, rowsTopFirst, seatToMove } from '../src/connect-four';
import { DRAW_MOVES } from './helpers';

const cells = (...pairs: [number, number][]) => pairs.map(([column, row]) => cellIndex(column, row)).sort((a, b) => a - b);

describe('games: Connect Four rules', () => {
  it('stacks discs from the bottom and alternates seats starting with seat 1', () => {
    expect(seatToMove(0)).toBe(1);
    expect(seatToMove(1)).toBe(2);
    const first = drop(EMPTY_BOARD, 3, 1);
    expect(first).toMatchObject({ ok: true, row: 0, winningCells: null, full: false });
    if (!first.ok) throw new Error('unreachable');
    const second = drop(first.cells, 3, 2);
    expect(second).toMatchObject({ ok: true, row: 1 });
    if (!second.ok) throw new Error('unreachable');
    expect(rowsTopFirst(second.cells).at(-1)).toEqual([null, null, null, 1, null, null, null]);
    expect(rowsTopFirst(second.cells).at(-2)).toEqual([null, null, null, 2, null, null, null]);
  });

  it('refuses a column outside 0..6 and a full column', () => {
    expect(drop(EMPTY_BOARD, -1, 1)).toEqual({ ok: false, reason: 'column-out-of-range' });
    expect(drop(EMPTY_BOARD, COLUMNS, 1)).toEqual({ ok: false, reason: 'column-out-of-range' });
    expect(drop(EMPTY_BOARD, 1.5, 1)).toEqual({ ok: false, reason: 'column-out-of-range' });
    const full = replay([2, 2, 2, 2, 2, 2]).cells;
    expect(drop(full, 2, 1)).toEqual({ ok: false, reason: 'column-full' });
    expect(legalColumns(full)).toEqual([0, 1, 3, 4, 5, 6]);
  });

  it('detects horizontal, vertical and both diagonal wins, with the winning cells', () => {
    const horizontal = replay([0, 0, 1, 1, 2, 2, 3]);
    expect(horizontal.winner).toBe(1);
    expect(horizontal.winningCells).toEqual(cells([0, 0], [1, 0], [2, 0], [3, 0]));

    const vertical = replay([0, 1, 0, 1, 0, 1, 6, 1]);
    expect(vertical.winner).toBe(2);
    expect(vertical.winningCells).toEqual(cells([1, 0], [1, 1], [1, 2], [1, 3]));

    // Seat 1 climbs from (0,0) to (3,3).
    const upRight = replay([0, 1, 1, 2, 2, 3, 2, 3, 3, 6, 3]);
    expect(upRight.winner).toBe(1);
    expect(upRight.winningCells).toEqual(cells([0, 0], [1, 1], [2, 2], [3, 3]));

    // Seat 1 descends from (0,3) to (3,0).
    const downRight = replay([3, 2, 2, 1, 1, 0, 1, 0, 0, 6, 0]);
    expect(downRight.winner).toBe(1);
    expect(downRight.winningCells).toEqual(cells([0, 3], [1, 2], [2, 1], [3, 0]));
  });

  it('reports a line of five whole, when the last disc joins two runs', () => {
    // Seat 1 has 0,1 and 3,4 on the bottom row; dropping into 2 makes five.
    const result = replay([0, 0, 1, 1, 3, 3, 4, 4, 2]);
    expect(result.winner).toBe(1);
    expect(result.winningCells).toEqual(cells([0, 0], [1, 0], [2, 0], [3, 0], [4, 0]));
  });

  it('recognises a full board without four in a row as a draw', () => {
    const result = replay(DRAW_MOVES);
    expect(result.winner).toBeNull();
    expect(result.cells).not.toContain('.');
    expect(legalColumns(result.cells)).toEqual([]);
    // The last move reports the board as full.
    const before = replay(DRAW_MOVES.slice(0, -1)).cells;
    expect(drop(before, DRAW_MOVES.at(-1)!, 2)).toMatchObject({ ok: true, full: true, winningCells: null });
  });

  it('refuses to replay moves after a win', () => {
    expect(() => replay([0, 0, 1, 1, 2, 2, 3, 3])).toThrow(/won at move 7/);
  });
});
