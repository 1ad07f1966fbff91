import {
  createColumnHelper,
  createSortedRowModel,
  rowSortingFeature,
  sortFn_alphanumeric,
  sortFn_text,
  tableFeatures,
  useTable,
} from '@tanstack/react-table';
/**
 * The master patient index as a sortable table of every listed patient: name, MRN, date of birth
 * (and age), sex, address, last visit and facility, the identifiers a trainee confirms a patient on. Under
 * the name, what else the search matched (a previous name, an alias, an account or other
 * identifier), and a phonetic match labelled as one. Rows are two lines high, and only the rows in
 * view are in the DOM.
 */
import { ageOn } from '../../mpi/dates.ts';
import { describeMatch, type MatchReason, type MpiTerm } from '../../mpi/search.ts';
import type { PatientRow } from '../../packs/normalise.ts';
import { formatAddressLines } from '../../chart/demographics.ts';
import { formatDate, formatNameLastFirst } from '../../chart/format.ts';
import { todayIso } from '../../app/clock.ts';
import { NavLink } from '../common/NavLink.tsx';
import { VirtualTable } from '../common/VirtualTable.tsx';
import { matchLine, matchTexts } from './match-text.ts';

export interface PatientListRow {
  patient: PatientRow;
  facility: string;
  matchedOn: readonly MatchReason[];
  /** The query's terms, to say what matched: worked out only for the rows on screen. */
  terms?: readonly MpiTerm[];
}

/** The street lines on one line, and the city line under them. */
function addressLines(patient: PatientRow): [string, string] | undefined {
  if (!patient.address) return undefined;
  const lines = formatAddressLines(patient.address);
  const street = patient.address.line.length;
  return [lines.slice(0, street).join(', '), lines.slice(street).join(', ')];
}

function MatchHint({ row }: { row: PatientListRow }) {
  if (!row.terms || row.matchedOn.length === 0) return null;
  const details = describeMatch(row.patient, row.terms);
  const { matched, phonetic } = matchTexts(details);
  if (matched.length === 0 && phonetic.length === 0) return null;
  // A narrow window cuts the line short; the title shows the whole of it.
  return (
    <span className="match-hint" title={matchLine(details)}>
      {phonetic.length > 0 && (
        <>
          <span className="badge phonetic">Phonetic</span> {phonetic.join('; ')}
        </>
      )}
      {phonetic.length > 0 && matched.length > 0 && ' · '}
      {matched.length > 0 && `matched ${matched.join('; ')}`}
    </span>
  );
}

const features = tableFeatures({
  rowSortingFeature,
  sortedRowModel: createSortedRowModel(),
  sortFns: { alphanumeric: sortFn_alphanumeric, text: sortFn_text },
});
const helper = createColumnHelper<typeof features, PatientListRow>();

/** Two lines: the name and what matched, the street and the city. */
const ROW_HEIGHT = 52;

const columns = helper.columns([
  helper.accessor((r) => formatNameLastFirst(r.patient.name), {
    id: 'name',
    header: 'Name',
    sortFn: 'text',
    cell: (info) => {
      const { patient } = info.row.original;
      return (
        <span className="cell-lines name-cell">
          <NavLink to={{ page: 'chart', packId: patient.packId, patientId: patient.id, tab: 'cover' }}>{info.getValue()}</NavLink>
          <MatchHint row={info.row.original} />
        </span>
      );
    },
  }),
  helper.accessor((r) => r.patient.mrn, { id: 'mrn', header: 'MRN', sortFn: 'alphanumeric' }),
  helper.accessor((r) => r.patient.birthDate, {
    id: 'dob',
    header: 'Date of birth',
    sortFn: 'text',
    cell: (info) => {
      const { patient } = info.row.original;
      return (
        <span className="cell-lines">
          <span>{formatDate(info.getValue())}</span>
          <span className={patient.deceasedAt ? 'deceased small' : 'small'}>
            {patient.deceasedAt ? 'died at' : 'age'} {ageOn(patient.birthDate, patient.deceasedAt ?? todayIso())}
          </span>
        </span>
      );
    },
  }),
  helper.accessor((r) => r.patient.sex, { id: 'sex', header: 'Sex', sortFn: 'text', cell: (info) => capitalise(info.getValue()) }),
  helper.accessor((r) => addressLines(r.patient)?.join(', ') ?? '', {
    id: 'address',
    header: 'Address',
    sortFn: 'text',
    cell: (info) => {
      const lines = addressLines(info.row.original.patient);
      return lines ? (
        <span className="cell-lines">
          <span>{lines[0]}</span>
          <span className="small">{lines[1]}</span>
        </span>
      ) : (
        <span className="muted">No address on record</span>
      );
    },
  }),
  helper.accessor((r) => r.patient.lastEncounterAt ?? '', {
    id: 'last',
    header: 'Last visit',
    sortFn: 'text',
    cell: (info) => formatDate(info.getValue()),
  }),
  helper.accessor((r) => r.facility, { id: 'facility', header: 'Facility', sortFn: 'text' }),
]);

const WIDTHS: Record<string, string> = {
  name: 'minmax(12rem, 2.2fr)',
  mrn: '7rem',
  dob: '8.2rem',
  sex: '5.6rem',
  address: 'minmax(11rem, 2fr)',
  last: '7.4rem',
  facility: 'minmax(7rem, 1.1fr)',
};
const GRID = columns.map((c) => WIDTHS[c.id ?? ''] ?? '1fr').join(' ');

/** Module scope: a new function each render would make the table rebuild every row model. */
const getRowId = (r: PatientListRow) => `${r.patient.packId}/${r.patient.id}`;

function capitalise(s: string) {
  return s.charAt(0).toUpperCase() + s.slice(1);
}

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
