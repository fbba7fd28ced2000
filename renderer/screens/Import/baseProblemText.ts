import type { TFunction } from 'i18next';
import type { ClientBaseProblem } from '../../../shared/clientBase';

/** Why a file cannot be read, in words the person can act on. */
export function baseProblemText(t: TFunction, problem: ClientBaseProblem, file: string): string {
  const list = (names: readonly string[]) => names.map((n) => `«${n}»`).join(', ');
  switch (problem.kind) {
    case 'empty':
      return t('import.problem.empty', { file });
    case 'binaryXls':
      return t('import.problem.binaryXls', { file });
    case 'notWorkbook':
      return t('import.problem.notWorkbook', { file });
    case 'noSheets':
      return t('import.problem.noSheets', { file });
    case 'sheetNotFound':
      return t('import.problem.sheetNotFound', { file, sheet: problem.sheet, sheets: list(problem.sheets) });
    case 'unknownMapColumn':
      return t('import.problem.unknownColumn', { columns: list(problem.columns) });
    case 'noIdentityColumns':
      return t('import.problem.noIdentityColumns', { file, header: list(problem.header) });
  }
}
