/**
 * How the findings list and the detail pane share the screen's height: each gets what it needs when both fit;
 * otherwise the list keeps at least a third (or all it has, if less) and the detail takes the rest it needs, and
 * what neither needs goes to the list, so a short finding shows more of the list.
 */
export function shareHeight(
  body: number,
  need: { list: number; detail: number; expanded: boolean },
): { list: number; detail: number } {
  if (need.expanded) return { list: 0, detail: body };
  const list = Math.max(1, need.list);
  if (!need.detail) return { list: Math.min(list, body), detail: 0 };
  const minimum = Math.min(list, Math.max(3, Math.floor(body / 3)));
  const detail = Math.max(Math.min(need.detail, body - minimum), Math.min(3, body - minimum));
  // Rows neither needs stay with the detail's frame rather than float below a short list.
  const listRows = Math.min(list, body - detail);
  return { list: listRows, detail: body - listRows };
}
