import {
  createColumnHelper,
  createSortedRowModel,
  rowSortingFeature,
  sortFn_alphanumeric,
  sortFn_text,
  tableFeatures,
  useTable,
} from '@tanstack/react-table';
import { ageOn } from '../../mpi/dates.ts';
import type { MatchReason } from '../../mpi/search.ts';
import type { PatientRow } from '../../packs/normalise.ts';
import { formatDate, formatNameLastFirst } from '../../chart/format.ts';
import { todayIso } from '../../app/clock.ts';
import { NavLink } from '../common/NavLink.tsx';
import { VirtualTable } from '../common/VirtualTable.tsx';

export interface PatientListRow {
  patient: PatientRow;
  facility: string;
  matchedOn: readonly MatchReason[];
}

const features = tableFeatures({
  rowSortingFeature,
  sortedRowModel: createSortedRowModel(),
  sortFns: { alphanumeric: sortFn_alphanumeric, text: sortFn_text },
});
const helper = createColumnHelper<typeof features, PatientListRow>();

const ROW_HEIGHT = 34;

const columns = helper.columns([
  helper.accessor((r) => formatNameLastFirst(r.patient.name), {
    id: 'name',
    header: 'Name',
    sortFn: 'text',
    cell: (info) => {
      const { patient, matchedOn } = info.row.original;
      const others = matchedOn.filter((m) => m === 'previous name' || m === 'alias');
      return (
        <span className="name-cell">
          <NavLink to={{ page: 'chart', packId: patient.packId, patientId: patient.id, tab: 'cover' }}>{info.getValue()}</NavLink>
          {others.length > 0 && <span className="match-hint"> matched {others.join(', ')}</span>}
        </span>
      );
    },
  }),
  helper.accessor((r) => r.patient.mrn, { id: 'mrn', header: 'MRN', sortFn: 'alphanumeric' }),
  helper.accessor((r) => r.patient.birthDate, {
    id: 'dob',
    header: 'Date of birth',
    sortFn: 'text',
    cell: (info) => formatDate(info.getValue()),
  }),
  helper.accessor((r) => ageOn(r.patient.birthDate, r.patient.deceasedAt ?? todayIso()), {
    id: 'age',
    header: 'Age',
    cell: (info) => `${info.getValue()}${info.row.original.patient.deceasedAt ? ' (deceased)' : ''}`,
  }),
  helper.accessor((r) => r.patient.sex, { id: 'sex', header: 'Sex', sortFn: 'text', cell: (info) => capitalise(info.getValue()) }),
  helper.accessor((r) => r.patient.lastEncounterAt ?? '', {
    id: 'last',
    header: 'Last visit',
    sortFn: 'text',
    cell: (info) => formatDate(info.getValue()),
  }),
  helper.accessor((r) => r.facility, { id: 'facility', header: 'Facility', sortFn: 'text' }),
]);

const WIDTHS: Record<string, string> = {
  name: 'minmax(16rem, 2.2fr)',
  mrn: '8rem',
  dob: '8rem',
  age: '8.5rem',
  sex: '5.5rem',
  last: '7.5rem',
  facility: 'minmax(12rem, 1.6fr)',
};
const GRID = columns.map((c) => WIDTHS[c.id ?? ''] ?? '1fr').join(' ');

/** Module scope: a new function each render would make the table rebuild every row model. */
const getRowId = (r: PatientListRow) => `${r.patient.packId}/${r.patient.id}`;

function capitalise(s: string) {
  return s.charAt(0).toUpperCase() + s.slice(1);
}

/** The master patient index as a sortable table; only the rows in view are in the DOM. */
export function PatientTable({ rows }: { rows: PatientListRow[] }) {
  const table = useTable({ features, columns, data: rows, getRowId });
  const modelRows = table.getRowModel().rows;
  return (
    <VirtualTable
      label="Patients"
      testId="patient-scroll"
      columns={GRID}
      rowHeight={ROW_HEIGHT}
      count={modelRows.length}
      rowKey={(i) => modelRows[i]?.id ?? String(i)}
      head={table.getHeaderGroups().flatMap((group) =>
        group.headers.map((header) => {
          const sorted = header.column.getIsSorted();
          return (
            <th key={header.id} aria-sort={sorted === 'asc' ? 'ascending' : sorted === 'desc' ? 'descending' : 'none'}>
              <button type="button" className="sort-button" onClick={header.column.getToggleSortingHandler()}>
                <table.FlexRender header={header} />
                <span aria-hidden="true" className="sort-mark">
                  {sorted === 'asc' ? '▲' : sorted === 'desc' ? '▼' : ''}
                </span>
              </button>
            </th>
          );
        }),
      )}
      row={(i) =>
        modelRows[i]?.getAllCells().map((cell) => (
          <td key={cell.id}>
            <table.FlexRender cell={cell} />
          </td>
        ))
      }
    />
  );
}
