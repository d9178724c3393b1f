import { getTableColumns, getTableName, sql } from 'drizzle-orm';
import type { PgColumn, PgTable } from 'drizzle-orm/pg-core';
import type { Db } from '../connection.js';

interface Shape {
  name: string;
  /** Column by its property name (`recordId`). */
  byKey: ReadonlyMap<string, PgColumn>;
  /** Property name and column by column name (`record_id`), for the rows returned. */
  byName: ReadonlyMap<string, { key: string; column: PgColumn }>;
}

const shapes = new WeakMap<PgTable, Shape>();

function shapeOf(table: PgTable): Shape {
  let shape = shapes.get(table);
  if (!shape) {
    const columns = Object.entries(getTableColumns(table));
    shape = {
      name: getTableName(table),
      byKey: new Map(columns),
      byName: new Map(columns.map(([key, column]) => [column.name, { key, column }])),
    };
    shapes.set(table, shape);
  }
  return shape;
}

const identifiers = (names: readonly string[]) =>
  sql.join(
    names.map((n) => sql.identifier(n)),
    sql`, `,
  );

type WithId = { id: string };

/**
 * Rows inserted as one JSON parameter (`jsonb_populate_recordset`), returned as drizzle's own INSERT
 * would return them. Why not `insert(...).values(rows)`: that sends a parameter per value, each built
 * by drizzle, and RETURNING sends every value back to be parsed again, which together are most of an
 * import's cost once the database itself is fast (PGlite). Here the database returns only what it
 * decided (the defaults of the columns a row leaves out), and each row is what was sent plus those.
 * Every row names the same columns (the first row's), its id among them; values go as JSON, so a
 * column is given the JSON form of its value (a Date as its ISO string).
 */
export async function insertJsonRows<T extends PgTable>(
  tx: Db,
  table: T,
  rows: readonly (T['$inferInsert'] & WithId)[],
): Promise<T['$inferSelect'][]> {
  if (rows.length === 0) return [];
  const shape = shapeOf(table);
  const keys = Object.keys(rows[0]!);
  const names = keys.map((key) => {
    const column = shape.byKey.get(key);
    if (!column) throw new Error(`${shape.name} has no column ${key}`);
    return column.name;
  });
  const defaulted = [...shape.byName.keys()].filter((n) => !names.includes(n));
  const json = JSON.stringify(
    rows.map((row) => {
      const values = row as Record<string, unknown>;
      // JSON has no undefined: a column left undefined would be stored NULL, not given its default.
      if (Object.keys(values).length !== keys.length)
        throw new Error(`${shape.name}: every row must name the same columns`);
      const out: Record<string, unknown> = {};
      for (let i = 0; i < keys.length; i++) {
        const value = values[keys[i]!];
        if (value === undefined)
          throw new Error(`${shape.name}: ${keys[i]} is undefined (leave the column out instead)`);
        out[names[i]!] = value;
      }
      return out;
    }),
  );
  const list = identifiers(names);
  const name = sql.identifier(shape.name);
  const result: unknown = await tx.execute(
    sql`insert into ${name} (${list}) select ${list} from jsonb_populate_recordset(null::${name}, ${json}::jsonb) returning ${identifiers(['id', ...defaulted])}`,
  );
  const decided = new Map<string, Record<string, unknown>>();
  for (const raw of (result as { rows: Record<string, unknown>[] }).rows) {
    const values: Record<string, unknown> = {};
    for (const name of defaulted) {
      const { key, column } = shape.byName.get(name)!;
      const value = raw[name];
      values[key] = value === null || value === undefined ? null : column.mapFromDriverValue(value);
    }
    decided.set(raw.id as string, values);
  }
  return rows.map((row) => {
    const values = decided.get(row.id);
    if (!values) throw new Error(`${shape.name}: row ${row.id} was not inserted`);
    return { ...row, ...values };
  });
}
