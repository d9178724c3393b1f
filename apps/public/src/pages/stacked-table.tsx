/** @jsxRuntime automatic */
import { Children, cloneElement, isValidElement, type ReactElement, type ReactNode } from 'react';

type WithChildren = ReactElement<{ children?: ReactNode }>;

/**
 * A row whose cells carry their column's name, for the narrow layout, and the roles a table has: a
 * browser that lays a table out as blocks (the stacked layout) may otherwise stop reading it as one.
 */
function labelled(row: ReactNode, headers: readonly string[]): ReactNode {
  if (!isValidElement(row)) return row;
  const cells = Children.map((row as WithChildren).props.children, (cell, i) => {
    if (!isValidElement(cell)) return cell;
    const header = cell.type === 'th';
    return cloneElement(cell as ReactElement<Record<string, unknown>>, {
      'data-label': headers[i],
      role: header ? 'rowheader' : 'cell',
    });
  });
  return cloneElement(row as ReactElement<Record<string, unknown>>, { role: 'row' }, cells);
}

/**
 * A data table in its scrolling region, which on a narrow screen becomes a stack of summaries: each row
 * a block, each value under its column's name (portal.css, `table.stacked`). `rows` are `<tr>`s whose
 * cells are written in the order of `headers`, the first a `<th scope="row">`.
 */
export function StackedTable({
  id,
  caption,
  headers,
  children: rows,
}: {
  id: string;
  caption: ReactNode;
  headers: readonly string[];
  children: ReactNode;
}) {
  return (
    <div className="table-wrap" role="region" aria-labelledby={id} tabIndex={0}>
      <table className="stacked" role="table">
        <caption id={id}>{caption}</caption>
        <thead role="rowgroup">
          <tr role="row">
            {headers.map((h) => (
              <th key={h} scope="col" role="columnheader">
                {h}
              </th>
            ))}
          </tr>
        </thead>
        <tbody role="rowgroup">{Children.map(rows, (row) => labelled(row, headers))}</tbody>
      </table>
    </div>
  );
}
