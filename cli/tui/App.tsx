import { Box, Text, useInput, useStdout, type Key } from 'ink';
import { useEffect, useMemo, useRef, useState } from 'react';
import {
  sourceParagraphOf,
  worstPerPair,
  worstPerParagraph,
  type FindingType,
  type Report,
  type Severity,
} from '../../src/index.js';
import type { ReviewDecision, ReviewFile } from '../../src/index.js';
import { EXIT } from '../exit.js';
import { columnHeads, pairColumns, pairLines } from './alignment-lines.js';
import { AlignmentView } from './AlignmentView.js';
import { FindingDetail } from './FindingDetail.js';
import { FindingList } from './FindingList.js';
import { Header } from './Header.js';
import { HelpOverlay } from './HelpOverlay.js';
import { commandFor, keyOf, type Command } from './keys.js';
import {
  decide,
  initialState,
  matchesSearch,
  nextRow,
  reduce,
  visibleFindings,
  type Action,
  type ReviewState,
} from './state.js';
import type { Line } from './text-lines.js';
import { layOut } from './screen-layout.js';
import { StatusLine } from './StatusLine.js';
import { createTheme } from './theme.js';

/** Where the screen keeps decisions: the review file, shared safely with other sessions. */
export interface DecisionStore {
  readonly path: string;
  /**
   * Records a decision (undefined clears it) and writes it; returns the review as it now is on disk.
   * Throws when it could not be written: the decision is kept and goes with the next save.
   */
  decide(id: string, decision: ReviewDecision | undefined): ReviewFile;
  /** Writes what could not be written before. */
  save(): ReviewFile;
}

/** How long a message stays in the status line. */
const MESSAGE_MS = 4000;

export interface AppProps {
  report: Report;
  review: ReviewFile;
  store: DecisionStore;
  /** Writes the Markdown report with the decisions; returns where it went. */
  exportReport(review: ReviewFile): string;
  /** The user is done: the exit status says how (0, unsaved decisions, interrupted). */
  onExit(status: number): void;
  colors: boolean;
  /** The severity filter the screen starts with. */
  minSeverity?: Severity;
  /** The clock, for decision times (tests pass a fixed one). */
  now?: () => string;
  /** How long a message stays (tests shorten it). */
  messageMs?: number;
}

function useTerminalSize(): { columns: number; rows: number } {
  const { stdout } = useStdout();
  const read = () => ({ columns: stdout.columns || 80, rows: stdout.rows || 24 });
  const [size, setSize] = useState(read);
  useEffect(() => {
    const onResize = () => setSize(read());
    stdout.on('resize', onResize);
    return () => {
      stdout.off('resize', onResize);
    };
  });
  return size;
}

export function App({
  report,
  review: initialReview,
  store,
  exportReport,
  onExit,
  colors,
  minSeverity = 'low',
  now = () => new Date().toISOString(),
  messageMs = MESSAGE_MS,
}: AppProps) {
  const { columns, rows } = useTerminalSize();
  const theme = createTheme(colors);
  // Keys can arrive faster than React renders: the live state is kept in refs and updated at once.
  const [state, setState] = useState<ReviewState>(() => ({ ...initialState, minSeverity }));
  const live = useRef(state);
  const dispatch = (action: Action) => {
    live.current = reduce(live.current, action);
    setState(live.current);
  };
  const [review, setReview] = useState(initialReview);
  const liveReview = useRef(review);
  // Decisions made here that are not on disk, and why the last save failed.
  const [unsaved, setUnsaved] = useState<{ ids: ReadonlySet<string>; why: string }>({
    ids: new Set(),
    why: '',
  });
  const liveUnsaved = useRef(unsaved);
  const markUnsaved = (next: { ids: ReadonlySet<string>; why: string }) => {
    liveUnsaved.current = next;
    setUnsaved(next);
  };
  const types = useMemo(() => [...new Set(report.findings.map((f) => f.type))] as FindingType[], [report]);
  useEffect(() => {
    if (!state.message) return;
    const timer = setTimeout(() => dispatch({ type: 'fade', text: state.message }), messageMs);
    return () => clearTimeout(timer);
  }, [state.message, messageMs]);

  // Pairs are laid out once per width and selection; the alignment view keeps its first pair between frames.
  const worstPair = useMemo(() => worstPerPair(report), [report]);
  const columnsOfPairs = useMemo(() => pairColumns(report, Math.max(40, columns)), [report, columns]);
  const pairCache = useRef(new Map<string, Line[]>());
  const alignmentTop = useRef(0);
  const layoutFor = (s: ReviewState, decisions: Record<string, ReviewDecision>) => {
    const width = Math.max(40, columns);
    return layOut({
      report,
      state: s,
      decisions,
      size: { columns, rows },
      theme,
      alignmentTop: alignmentTop.current,
      pairLines: (i, selected) => {
        const key = `${width}:${theme.colors}:${i}:${selected}`;
        let lines = pairCache.current.get(key);
        if (!lines) {
          lines = pairLines(report, i, columnsOfPairs, worstPair[i], selected, theme);
          pairCache.current.set(key, lines);
        }
        return lines;
      },
    });
  };
  const layout = layoutFor(state, review.decisions);
  if (layout.pairs) alignmentTop.current = layout.pairs.top;
  const { width, body, findings, selected, listHeight, detailHeight } = layout;
  const where = useMemo(() => worstPerParagraph(report), [report]);
  const currentParagraph = useMemo(
    () => (selected ? sourceParagraphOf(report, selected) : undefined),
    [report, selected],
  );

  const current = () => {
    const visible = visibleFindings(report, live.current);
    return { visible, finding: visible[Math.min(live.current.cursor, visible.length - 1)] };
  };

  const record = (change: Partial<ReviewDecision> | null, message: string) => {
    const { finding } = current();
    if (!finding) return;
    const decisions = { ...liveReview.current.decisions };
    const next = decide(decisions[finding.id], change, finding, now());
    if (next) decisions[finding.id] = next;
    else delete decisions[finding.id];
    liveReview.current = { ...liveReview.current, decisions };
    setReview(liveReview.current);
    persist(() => store.decide(finding.id, next), message, finding.id);
  };

  /** Saves, and keeps the decisions on screen marked unsaved (with the reason) until a save succeeds. */
  const persist = (save: () => ReviewFile, message: string, id?: string) => {
    try {
      liveReview.current = save();
      setReview(liveReview.current);
      markUnsaved({ ids: new Set(), why: '' });
      dispatch({ type: 'message', text: `${message} (saved to ${store.path})` });
    } catch (error) {
      const ids = new Set(liveUnsaved.current.ids);
      if (id) ids.add(id);
      markUnsaved({ ids, why: (error as Error).message });
      dispatch({ type: 'message', text: '' });
    }
  };

  const run = (command: Command): void => {
    switch (command.type) {
      case 'dispatch':
        return dispatch(command.action);
      case 'quit':
        if (liveUnsaved.current.ids.size) return dispatch({ type: 'open', overlay: 'confirm-quit' });
        return onExit(EXIT.ok);
      case 'quit-unsaved':
        return onExit(EXIT.unsaved);
      case 'interrupt':
        return onExit(EXIT.interrupted);
      case 'retry-save':
        if (!liveUnsaved.current.ids.size) return dispatch({ type: 'message', text: 'Nothing left to save' });
        dispatch({ type: 'close' });
        return persist(() => store.save(), 'Saved');
      case 'decide':
        return record(command.change, command.message);
      case 'edit-note': {
        const { finding } = current();
        if (finding)
          dispatch({
            type: 'open',
            overlay: 'note',
            input: liveReview.current.decisions[finding.id]?.note ?? '',
          });
        return;
      }
      case 'save-note': {
        const note = live.current.input.trim();
        record({ note }, note ? 'Note saved' : 'Note removed');
        return dispatch({ type: 'close' });
      }
      case 'submit-search': {
        const search = live.current.input;
        const { visible } = current();
        const isMatch = (row: number) => matchesSearch(report, visible[row]!, search);
        // The first match from the selected row on, the selected one included.
        const row = search ? nextRow(visible.length, live.current.cursor - 1, 1, isMatch) : undefined;
        const count = visible.filter((_, i) => isMatch(i)).length;
        return dispatch({
          type: 'submit-search',
          ...(row !== undefined ? { cursor: row } : {}),
          message: !search ? '' : row === undefined ? `Not found: ${search}` : `${count} matching`,
        });
      }
      case 'step': {
        const { visible } = current();
        const s = live.current;
        if (command.to === 'match' && !s.search)
          return dispatch({ type: 'message', text: 'No search yet: / to search' });
        const wanted =
          command.to === 'match'
            ? (row: number) => matchesSearch(report, visible[row]!, s.search)
            : (row: number) => !liveReview.current.decisions[visible[row]!.id]?.decision;
        const row = nextRow(visible.length, s.cursor, command.step, wanted);
        if (row === undefined)
          return dispatch({
            type: 'message',
            text: command.to === 'match' ? `Not found: ${s.search}` : 'Every finding shown has a decision',
          });
        const wrapped = command.step === 1 ? row <= s.cursor : row >= s.cursor;
        return dispatch({
          type: 'select',
          cursor: row,
          message: wrapped
            ? `${command.to === 'match' ? 'Search went' : 'Went'} round the ${command.step === 1 ? 'end' : 'start'}`
            : '',
        });
      }
      case 'export':
        try {
          dispatch({ type: 'message', text: `Report exported to ${exportReport(liveReview.current)}` });
        } catch (error) {
          dispatch({ type: 'message', text: `Could not export: ${(error as Error).message}` });
        }
    }
  };

  const handle = (input: string, key: Key): void => {
    const s = live.current;
    const size = s.view === 'findings' ? current().visible.length : report.alignment.length;
    const now = layoutFor(s, liveReview.current.decisions);
    const page = Math.max(1, s.view === 'findings' ? now.listHeight : Math.floor(now.body / 4));
    const scroll = { max: now.maxScroll, half: now.halfPane };
    const command = commandFor(input, key, s, { size, page, types, scroll });
    if (command) run(command);
  };

  useInput((input, key) => {
    // Keys typed or pasted quickly arrive as one chunk ("jjj", "text\r"): each character is its own key.
    if (input.length <= 1 || key.ctrl || key.meta) return handle(input, key);
    for (const ch of input) handle(...keyOf(ch, key));
  });

  const count =
    state.view === 'findings'
      ? `${findings.length ? state.cursor + 1 : 0}/${findings.length} findings`
      : `${state.alignmentCursor + 1}/${report.alignment.length} pairs`;
  return (
    <Box flexDirection="column" width={width}>
      <Header
        source={report.source}
        rewrite={report.rewrite}
        outcome={report}
        decisions={review.decisions}
        where={{ worst: where, current: state.view === 'findings' ? currentParagraph : undefined }}
        theme={theme}
        width={width}
      />
      {state.overlay === 'help' ? (
        <HelpOverlay lines={layout.help?.lines ?? []} width={width} theme={theme} />
      ) : report.related.verdict === 'unrelated' && state.view === 'findings' ? (
        <Box height={body}>
          <Text wrap="wrap">
            The two articles do not report the same event; no findings are reported. Tab shows what little
            pairs up.
          </Text>
        </Box>
      ) : state.view === 'findings' ? (
        <Box flexDirection="column">
          {state.expanded ? null : (
            <FindingList
              findings={findings}
              cursor={state.cursor}
              height={listHeight}
              width={width}
              decisions={review.decisions}
              unsaved={unsaved.ids}
              search={state.search}
              report={report}
              theme={theme}
            />
          )}
          <FindingDetail lines={layout.detail.lines} height={detailHeight} width={width} theme={theme} />
        </Box>
      ) : (
        <AlignmentView
          heads={columnHeads(report, columnsOfPairs, theme)}
          lines={layout.pairs?.lines ?? []}
          height={body}
          width={width}
        />
      )}
      <StatusLine
        state={state}
        theme={theme}
        count={count}
        unsaved={unsaved}
        width={width}
        scrollable={layout.maxScroll > 0}
      />
    </Box>
  );
}
