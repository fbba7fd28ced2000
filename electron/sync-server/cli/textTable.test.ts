import { describe, expect, it } from 'vitest';
import { textTable } from './textTable';

describe('textTable', () => {
  it('pads every column but the last to its widest cell', () => {
    expect(
      textTable(
        ['name', 'role', 'office'],
        [
          ['petya', 'manager', 'Office 1'],
          ['admin', 'admin', ''],
        ],
      ),
    ).toBe('name   role     office\n' + '-----  -------  --------\n' + 'petya  manager  Office 1\n' + 'admin  admin\n');
  });
});
