import { describe, expect, it } from 'vitest';
import { declaredCharset, htmlTableRecords, looksLikeHtmlTable } from './htmlTableRecords';

describe('htmlTableRecords', () => {
  it('reads the rows of the first table as a web CRM saves it', () => {
    const html =
      '<meta http-equiv="Content-type" content="text/html;charset=utf-8" />\n<style>td{}</style>' +
      '<table border="1"><tr><th>Имя</th><th>Телефон</th></tr>\n' +
      '<tr><td> Пётр\n  Иванов </td><td>+7 916 123-45-67<br>8 495 111-22-33</td></tr>' +
      '<tr><td>ООО &laquo;Ромашка&raquo; &amp; Co &#8470;1</td><td></td></tr></table>' +
      '<table><tr><td>other</td></tr></table>';
    expect(htmlTableRecords(html)).toEqual([
      ['Имя', 'Телефон'],
      ['Пётр Иванов', '+7 916 123-45-67\n8 495 111-22-33'],
      ['ООО «Ромашка» & Co №1', ''],
    ]);
  });

  it('pads a colspan and reads a nested table as text of its cell', () => {
    expect(htmlTableRecords('<table><tr><td colspan="2">a</td><td>b</td></tr></table>')).toEqual([['a', '', 'b']]);
    expect(htmlTableRecords('<table><tr><td>x<table><tr><td>in</td></tr></table></td><td>y</td></tr></table>')).toEqual(
      [['x', 'y']],
    );
  });

  it('tells an HTML table from CSV and finds a declared charset', () => {
    expect(looksLikeHtmlTable('<meta charset="utf-8"><table><tr><td>1</td></tr></table>')).toBe(true);
    expect(looksLikeHtmlTable('Name,Notes\nA,"<table> in a note"\n')).toBe(false);
    const bytes = Uint8Array.from(
      [...'<meta http-equiv="Content-type" content="text/html;charset=windows-1251">'].map((c) => c.charCodeAt(0)),
    );
    expect(declaredCharset(bytes)).toBe('windows-1251');
  });
});
