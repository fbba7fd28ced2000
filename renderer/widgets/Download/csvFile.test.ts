import { describe, expect, it } from 'vitest';
import { withBom } from './csvFile';

describe('withBom', () => {
  it('puts one byte-order mark in front', () => {
    expect(withBom('Row;Group\r\n')).toBe('\uFEFFRow;Group\r\n');
  });

  it('never doubles one the endpoint already added', () => {
    expect(withBom('\uFEFFRow;Group\r\n')).toBe('\uFEFFRow;Group\r\n');
  });
});
