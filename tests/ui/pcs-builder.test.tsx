import { readFileSync } from 'node:fs';
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { PcsBuilder } from '../../src/ui/encoder/PcsBuilder.tsx';
import { importRelease } from '../../src/codes/import-release.ts';
import { buildCodeSearchIndex } from '../../src/codes/search.ts';
import { sharedData } from '../helpers/shared-data.ts';

const tables = sharedData('icd10pcs/icd10pcs_tables_2025.xml');
const definitions = sharedData('icd10pcs/icd10pcs_definitions_2025.xml');

describe.skipIf(!tables.available || !definitions.available)('ICD-10-PCS builder over the FY2025 tables', () => {
  it(
    'walks a laparoscopic cholecystectomy to 0FT44ZZ, offering only valid values, with the root-operation definition',
    { timeout: 30_000 },
    async () => {
      const result = importRelease([
        { name: 'icd10pcs_tables_2025.xml', bytes: readFileSync(tables.path) },
        { name: 'icd10pcs_definitions_2025.xml', bytes: readFileSync(definitions.path) },
      ]);
      if (!result.ok) throw new Error(result.problems.join('\n'));
      const set = { file: result.file, search: buildCodeSearchIndex('ICD-10-PCS', result.file.entries), sources: [result.file] };
      const user = userEvent.setup();
      render(<PcsBuilder set={set} />);

      await user.selectOptions(screen.getByRole('combobox', { name: 'Section' }), '0');
      await user.selectOptions(screen.getByRole('combobox', { name: 'Body System' }), 'F');
      await user.selectOptions(screen.getByRole('combobox', { name: 'Operation' }), 'T');
      expect(screen.getByLabelText('Root operation definition')).toHaveTextContent(
        'Resection: Cutting out or off, without replacement, all of a body part',
      );
      const bodyParts = screen.getByRole('combobox', { name: 'Body Part' });
      expect([...bodyParts.querySelectorAll('option')].map((o) => o.textContent)).toContain('4 Gallbladder');
      await user.selectOptions(bodyParts, '4');
      await user.selectOptions(screen.getByRole('combobox', { name: 'Approach' }), '4');
      await user.selectOptions(screen.getByRole('combobox', { name: 'Device' }), 'Z');
      await user.selectOptions(screen.getByRole('combobox', { name: 'Qualifier' }), 'Z');
      expect(screen.getByRole('status')).toHaveTextContent(
        '0FT44ZZ Resection of Gallbladder, Percutaneous Endoscopic Approach: valid in FY2025.',
      );
      expect(screen.getByRole('list', { name: 'Characters chosen' })).toHaveTextContent('Approach: 4 Percutaneous Endoscopic');

      await user.click(screen.getByRole('button', { name: 'Undo last' }));
      expect(screen.queryByRole('status')).not.toBeInTheDocument();
      expect(screen.getByRole('combobox', { name: 'Qualifier' })).toBeInTheDocument();
    },
  );
});
