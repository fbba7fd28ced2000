import { describe, expect, it } from 'vitest';
import { readWorkstationReport, workstationHeaders, WORKSTATION_HEADERS } from './workstationReport';

describe('workstation report', () => {
  it('travels in headers and reads back whole, whatever letters the system name has', () => {
    const report = { app: '0.1.0', kind: 'desktop' as const, system: 'Windows · Домашняя', pending: 12 };
    const headers = workstationHeaders(report);
    for (const value of Object.values(headers)) expect(value).toMatch(/^[\x20-\x7e]*$/u);
    expect(readWorkstationReport(headers)).toEqual(report);
  });

  it('keeps only the well-formed parts of what a script or an older app sends', () => {
    expect(readWorkstationReport({})).toEqual({});
    expect(
      readWorkstationReport({
        [WORKSTATION_HEADERS.app]: 'x'.repeat(33),
        [WORKSTATION_HEADERS.system]: '%E0%A4%A',
        [WORKSTATION_HEADERS.kind]: 'server',
        [WORKSTATION_HEADERS.pending]: '-5',
      }),
    ).toEqual({});
    for (const pending of ['1e3', '3.5', '', ' 7', '999999999', 'NaN'])
      expect(readWorkstationReport({ [WORKSTATION_HEADERS.pending]: pending }), pending).toEqual({});
    expect(
      readWorkstationReport({
        [WORKSTATION_HEADERS.system]: encodeURIComponent('Linux\u0000\u200e  · \nx86_64'),
        [WORKSTATION_HEADERS.pending]: ['1', '2'],
        [WORKSTATION_HEADERS.app]: '  ',
      }),
    ).toEqual({ system: 'Linux · x86_64' });
  });
});
