import type { ImportProfile } from '../types.js';

/**
 * Frontex-coordinated return operations, as Statewatch compiled them: one row per operation and sending state
 * (several states join one joint operation, each with its own returnees), so a row is a reported count keyed by
 * the operation, the sending state and the destination. The compilers filled missing dates with 31 December: the
 * column says so, and such dates keep only their year, flagged.
 */
export const frontexReturns: ImportProfile = {
  name: 'frontex-returns',
  title: 'Frontex-coordinated return operations (Statewatch compilation)',
  description: 'One row per return operation and sending state: counts of returnees by destination.',
  source: { kind: 'dataset', publisher: 'Statewatch (compiled from Frontex data)', reliability: 'B' },
  trusted: true,
  produces: ['reportedCount'],
  columns: [
    { name: 'ROID', aliases: ['RO_ID', 'Operation_ID'], required: true },
    { name: 'DATE', aliases: ['Operation_Date'], date: true, filler: 'dec31' },
    { name: 'MSNAME', aliases: ['MS', 'Member_State'] },
    { name: 'DEST', aliases: ['Destination'] },
    { name: 'N_RETURNEES', aliases: ['Returnees'], required: true },
  ],
  map(row, emit) {
    const operation = row.text('ROID');
    if (operation === undefined) row.error('ROID', 'every row needs the id of its operation');
    const dateFrom = row.date('DATE');
    if (dateFrom === undefined && row.text('DATE') === undefined) {
      row.error('DATE', 'every operation needs its date');
    }
    const fromCountry = row.country('MSNAME');
    const toCountry = row.country('DEST');
    if (toCountry === undefined && row.text('DEST') === undefined) {
      row.error('DEST', 'every operation needs its destination');
    }
    const reading = row.count('N_RETURNEES');
    if (reading === undefined && row.text('N_RETURNEES') === undefined) {
      row.error('N_RETURNEES', 'every operation needs its number of returnees');
    }
    if (!operation || !dateFrom || !toCountry || !reading || row.hasErrors) return;
    emit({
      kind: 'reportedCount',
      key: `frontex:${operation.toUpperCase()}|${fromCountry ?? ''}|${toCountry}`,
      data: {
        count: reading.count,
        qualifier: reading.qualifier,
        fromCountry,
        toCountry,
        dateFrom,
        description: `Frontex-coordinated return operation ${operation}`,
        note: reading.note,
      },
    });
  },
};
