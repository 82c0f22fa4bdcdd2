import GLPK, { type GLPK as Solver, type LP } from 'glpk.js/node';

/**
 * An attacker of published frequency tables. It knows nothing of how the tables were protected: only what was
 * published, that counts are whole numbers of at least 0, that a listed suppressed cell is at least 1, that a key a
 * published table does not list is 0, and that every table of a family adds up to the family's total. For every
 * suppressed cell it finds the tightest bounds those facts allow, by integer linear programming.
 */

/** A cell as seen: a number, or suppressed (value null). */
export interface SeenCell {
  key: string | null;
  value: number | null;
  suppressed?: boolean | undefined;
}

export interface SeenTable {
  name: string;
  /** A withheld table lists no keys: its cells are unknown, but still add up to the total. */
  withheld: boolean;
  cells: SeenCell[];
}

/** Tables over the same population; `total` null when it was withheld. */
export interface SeenFamily {
  name: string;
  total: number | null;
  tables: SeenTable[];
}

/** Something published elsewhere about one cell (an agreement's page gives its cell of the by-agreement table). */
export interface CellStatement extends SeenCell {
  family: string;
  table: string;
}

export interface Bounds {
  lower: number;
  /** Infinity when nothing bounds it above. */
  upper: number;
}

export interface AttackResult {
  cells: Array<{ family: string; table: string; key: string | null } & Bounds>;
  /** Bounds of the totals that were withheld. */
  totals: Array<{ family: string } & Bounds>;
}

interface Variable {
  name: string;
  lower: number;
  fixed: number | null;
}

/** One family's facts as an integer programme: variables with bounds, and rows that must sum to zero. */
interface Model {
  variables: Variable[];
  rows: Array<Array<{ variable: Variable; coefficient: number }>>;
  total: Variable;
  suppressed: Array<{ table: string; key: string | null; variable: Variable }>;
}

let solver: Promise<Solver> | undefined;

/** The tightest bounds the published figures give on every suppressed cell and every withheld total. */
export async function attack(
  families: SeenFamily[],
  statements: CellStatement[] = [],
): Promise<AttackResult> {
  const glpk = await (solver ??= GLPK());
  const result: AttackResult = { cells: [], totals: [] };
  for (const family of families) {
    const model = modelOf(
      family,
      statements.filter((statement) => statement.family === family.name),
    );
    if (solve(glpk, model, model.total, 'min') === null) {
      throw new Error(`the figures of ${family.name} contradict each other`);
    }
    for (const { table, key, variable } of model.suppressed) {
      result.cells.push({ family: family.name, table, key, ...bounds(glpk, model, variable) });
    }
    if (family.total === null)
      result.totals.push({ family: family.name, ...bounds(glpk, model, model.total) });
  }
  return result;
}

function modelOf(family: SeenFamily, statements: CellStatement[]): Model {
  const model = new FamilyModel(family.name, family.total);
  const names = new Set([
    ...family.tables.map((table) => table.name),
    ...statements.map((said) => said.table),
  ]);
  for (const name of names) {
    const table = family.tables.find((candidate) => candidate.name === name);
    model.addTable(
      name,
      table,
      statements.filter((said) => said.table === name),
    );
  }
  return model;
}

class FamilyModel implements Model {
  readonly variables: Variable[] = [];
  readonly rows: Model['rows'] = [];
  readonly suppressed: Model['suppressed'] = [];
  readonly total: Variable;

  constructor(
    private readonly family: string,
    total: number | null,
  ) {
    this.total = this.variable(0, total);
  }

  /** A table's cells, what else was said of them, and that they add up to the total. */
  addTable(name: string, table: SeenTable | undefined, statements: CellStatement[]): void {
    // A key a published table does not list is 0; a withheld or unpublished table may have any keys at all.
    const complete = table !== undefined && !table.withheld;
    const cells = new Map<string | null, Variable>();
    for (const cell of table?.cells ?? []) {
      if (cells.has(cell.key)) throw new Error(`${this.family}.${name} lists ${String(cell.key)} twice`);
      cells.set(cell.key, this.variable(0));
    }
    for (const said of statements) {
      if (!cells.has(said.key)) cells.set(said.key, this.variable(0, complete ? 0 : null));
    }
    for (const cell of [...(table?.cells ?? []), ...statements]) {
      const variable = cells.get(cell.key);
      if (variable) this.see(`${this.family}.${name}[${String(cell.key)}]`, name, cell, variable);
    }
    const row = [...cells.values()].map((variable) => ({ variable, coefficient: 1 }));
    if (!complete) row.push({ variable: this.variable(0), coefficient: 1 });
    this.rows.push([...row, { variable: this.total, coefficient: -1 }]);
  }

  private variable(lower: number, fixed: number | null = null): Variable {
    const created = { name: `x${this.variables.length}`, lower, fixed };
    this.variables.push(created);
    return created;
  }

  private see(where: string, table: string, cell: SeenCell, variable: Variable): void {
    if (cell.value !== null) {
      if (variable.fixed !== null && variable.fixed !== cell.value)
        throw new Error(`${where} is shown as ${variable.fixed} and as ${cell.value}`);
      variable.fixed = cell.value;
    } else if (cell.suppressed) {
      variable.lower = 1;
      if (!this.suppressed.some((entry) => entry.variable === variable))
        this.suppressed.push({ table, key: cell.key, variable });
    }
    if (variable.fixed !== null && variable.fixed < variable.lower)
      throw new Error(`${where} is shown as ${variable.fixed} and as suppressed`);
  }
}

function bounds(glpk: Solver, model: Model, variable: Variable): Bounds {
  const lower = solve(glpk, model, variable, 'min');
  const upper = solve(glpk, model, variable, 'max');
  if (lower === null || upper === null) throw new Error('the figures contradict each other');
  return { lower, upper };
}

/** The optimum of one variable, Infinity when unbounded, null when the figures are infeasible. */
function solve(glpk: Solver, model: Model, objective: Variable, direction: 'min' | 'max'): number | null {
  const lp = programme(glpk, model, objective, direction);
  // GLPK's integer solver reports an unbounded problem only as "undefined"; the simplex without presolving says
  // so plainly. A feasible integer programme with rational data is unbounded exactly when its relaxation is.
  if (direction === 'max') {
    const relaxed = glpk.solve({ ...lp, generals: [] }, { msglev: glpk.GLP_MSG_OFF, presol: false });
    if (relaxed.result.status === glpk.GLP_UNBND) return Infinity;
    if (relaxed.result.status === glpk.GLP_NOFEAS) return null;
  }
  const exact = glpk.solve(lp, { msglev: glpk.GLP_MSG_OFF });
  if (exact.result.status === glpk.GLP_NOFEAS) return null;
  if (exact.result.status !== glpk.GLP_OPT) {
    throw new Error(`GLPK ended with status ${exact.result.status}`);
  }
  return Math.round(exact.result.z);
}

function programme(glpk: Solver, model: Model, objective: Variable, direction: 'min' | 'max'): LP {
  return {
    name: 'attack',
    objective: {
      direction: direction === 'min' ? glpk.GLP_MIN : glpk.GLP_MAX,
      name: 'cell',
      vars: [{ name: objective.name, coef: 1 }],
    },
    subjectTo: model.rows.map((row, index) => ({
      name: `sum${index}`,
      vars: row.map((term) => ({ name: term.variable.name, coef: term.coefficient })),
      bnds: { type: glpk.GLP_FX, lb: 0, ub: 0 },
    })),
    bounds: model.variables.map((variable) =>
      variable.fixed === null
        ? { name: variable.name, type: glpk.GLP_LO, lb: variable.lower, ub: 0 }
        : { name: variable.name, type: glpk.GLP_FX, lb: variable.fixed, ub: variable.fixed },
    ),
    generals: model.variables.map((variable) => variable.name),
  };
}
