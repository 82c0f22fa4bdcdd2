import type { ImportProfile } from '../types.js';
import { readCountCell } from './shared.js';

/** The sending state written as the agency itself: Frontex's own rows, not a state's returns. */
const AGENCY = /^frontex$/i;

/**
 * Frontex-coordinated return operations, as Statewatch compiled them: one row per operation and sending state
 * (several states join one joint operation, each with its own returnees), so a row is a reported count keyed by
 * the operation, the sending state and the destination. Some operations list one route twice with different
 * counts (RO-03044 Italy→Nigeria 15 and 31): the rows are two groups of returnees, numbered by their order and
 * warned about, never one kept over the other. The compilers filled missing dates with 31 December: the column
 * says so, and such dates keep only their year, flagged. A row whose sending state is Frontex with no returnees is
 * the agency's own line, not a return: skipped. An empty or withheld count is a return of unknown size.
 */
export const frontexReturns: ImportProfile = {
  name: 'frontex-returns',
  title: 'Frontex-coordinated return operations (Statewatch compilation)',
  description: 'One row per return operation and sending state: counts of returnees by destination.',
  source: { kind: 'dataset', publisher: 'Statewatch (compiled from Frontex data)', reliability: 'B' },
  trusted: true,
  occurrences: true,
  produces: ['reportedCount'],
  columns: [
    { name: 'ROID', aliases: ['RO_ID', 'Operation_ID'], required: true },
    { name: 'DATE', aliases: ['Operation_Date'], date: true, filler: 'dec31' },
    { name: 'MSNAME', aliases: ['MS', 'Member_State'] },
    { name: 'DEST', aliases: ['Destination'] },
    { name: 'N_RETURNEES', aliases: ['Returnees'], required: true },
  ],
  map(row, emit) {
    const sender = row.text('MSNAME');
    if (sender !== undefined && AGENCY.test(sender)) {
      const written = row.text('N_RETURNEES');
      if (written === undefined || /^0+(?:\.0+)?$/.test(written)) {
        row.skip(`the sending state is the agency itself (${sender}) with no returnees`);
        return;
      }
    }
    const operation = row.text('ROID');
    if (operation === undefined) row.error('ROID', 'every row needs the id of its operation');
    const dateFrom = row.date('DATE');
    if (dateFrom === undefined && row.text('DATE') === undefined) {
      row.error('DATE', 'every operation needs its date');
    }
    if (sender !== undefined && AGENCY.test(sender)) {
      row.warn(
        'MSNAME',
        `the sending state is given as the agency itself (${sender}): no sending state kept`,
      );
    }
    const fromCountry = sender !== undefined && AGENCY.test(sender) ? undefined : row.country('MSNAME');
    const toCountry = row.country('DEST');
    if (toCountry === undefined && row.text('DEST') === undefined) {
      row.error('DEST', 'every operation needs its destination');
    }
    const cell = readCountCell(row, 'N_RETURNEES');
    if (!operation || !dateFrom || !toCountry || row.hasErrors) return;
    const id = operation.toUpperCase();
    emit({
      kind: 'reportedCount',
      key: `frontex:${id}|${fromCountry ?? ''}|${toCountry}`,
      occurrence: 'warn',
      occurrenceLabel: `return operation ${id} from ${fromCountry ?? 'an unnamed state'} to ${toCountry}`,
      data: {
        count: cell.count,
        qualifier: cell.qualifier,
        fromCountry,
        toCountry,
        dateFrom,
        description: `Frontex-coordinated return operation ${operation}`,
        note: cell.note,
        withheld: cell.withheld ? ['count'] : undefined,
      },
    });
  },
};
