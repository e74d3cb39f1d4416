import { parse } from 'csv-parse/sync';
import { text } from 'node:stream/consumers';
import { cellOf, escapeFormula } from './csv-cells';
import { csvStream } from './csv-stream';
import { csvTable } from './csv-table';

const csvOf = async (answer: unknown, declared?: readonly string[]) => {
  const table = csvTable(answer, declared);
  return text(csvStream(table.columns, table.rows));
};

describe('CSV cells', () => {
  it.each(['=1+1', '+1', '-1', '@SUM(A1)', '\tx', '\rx'])('given text starting %j, writes it after a quote', (value) => {
    expect(escapeFormula(value)).toBe(`'${value}`);
    expect(cellOf(value)).toBe(`'${value}`);
  });

  it('leaves other text, numbers (negative ones too) and booleans as they are; null and absent are empty, never 0', () => {
    expect([cellOf('a=b'), cellOf(" '=x"), cellOf(-3), cellOf(0), cellOf(false), cellOf(null), cellOf(undefined)])
      .toEqual(['a=b', " '=x", '-3', '0', 'false', '', '']);
  });

  it('writes an array as its JSON text', () => {
    expect(cellOf(['e1', 'e2'])).toBe('["e1","e2"]');
    expect(cellOf([])).toBe('[]');
  });
});

describe('CSV tables', () => {
  it('given a list, writes a header of every item\'s dotted paths in the order first seen, then one row per item', async () => {
    const csv = await csvOf({
      items: [{ a: 1, b: { c: null, d: 'x,"y"' } }, { a: 2, e: ['p'], b: { d: '=cmd' } }],
      nextCursor: 'zz',
    });
    expect(csv).toBe('a,b.c,b.d,e\r\n1,,"x,""y""",\r\n2,,\'=cmd,"[""p""]"\r\n');
  });

  it('given an empty list of a route with no declared item shape, writes nothing', async () => {
    expect(await csvOf({ items: [] })).toBe('');
  });

  it('given an empty list and the route\'s declared item shape, writes its header row alone', async () => {
    expect(await csvOf({ items: [], nextCursor: null }, ['caseId', 'district', '=odd'])).toBe("caseId,district,'=odd\r\n");
  });

  it('given items and the declared shape, writes the declared columns in their order, then paths only items have', async () => {
    const csv = await csvOf({ items: [{ b: 2, extra: [{ x: 1 }], a: null }] }, ['a', 'b', 'c']);
    expect(parse(csv)).toEqual([['a', 'b', 'c', 'extra.0.x'], ['', '2', '', '1']]);
  });

  it('given figures with a previous period, writes figure,value,previous by dotted path (previous left out of the figures)', async () => {
    const csv = await csvOf({ period: '2021-22', victims: { total: null, bySex: { female: 20 } }, previous: { period: '2020-21', victims: { total: 15 } } });
    expect(parse(csv)).toEqual([
      ['figure', 'value', 'previous'],
      ['period', '2021-22', '2020-21'],
      ['victims.total', '', '15'],
      ['victims.bySex.female', '20', ''],
    ]);
  });

  it('walks arrays of objects by index, so a list inside an answer is one row per leaf', async () => {
    expect(parse(await csvOf({ rows: [{ a: 1 }, { a: null, b: [2] }] }))).toEqual([
      ['figure', 'value'], ['rows.0.a', '1'], ['rows.1.a', ''], ['rows.1.b', '[2]'],
    ]);
  });

  it('given figures alone, writes figure,value', async () => {
    expect(parse(await csvOf({ counts: { open: 3 } }))).toEqual([['figure', 'value'], ['counts.open', '3']]);
  });
});
