import { parseArgs } from '../../src/cli/args';

describe('parseArgs', () => {
  it('reads the command, its input and the value options in any order', () => {
    const a = parseArgs(['score', '--json', 'r.json', 'in.xlsx', '-o', 'out.xlsx', '--docx=m.docx', '--lang', 'en']);
    expect(a).toMatchObject({ command: 'score', positionals: ['in.xlsx'], output: 'out.xlsx', json: 'r.json', docx: 'm.docx', lang: 'en', error: null });
  });
  it('knows --help, -h, --version, -V', () => {
    expect(parseArgs(['--help']).help).toBe(true);
    expect(parseArgs(['check', '-h']).help).toBe(true);
    expect(parseArgs(['--version']).version).toBe(true);
    expect(parseArgs(['-V']).version).toBe(true);
  });
  it('reports an unknown option, a bad language and a missing value', () => {
    expect(parseArgs(['check', '--frobnicate']).error).toEqual({ kind: 'badOption', option: '--frobnicate' });
    expect(parseArgs(['check', '--lang', 'fr']).error).toEqual({ kind: 'badOption', option: '--lang fr' });
    expect(parseArgs(['score', 'a.xlsx', '-o']).error).toEqual({ kind: 'missingValue', option: '-o' });
    expect(parseArgs(['score', 'a.xlsx', '-o', '--json', 'r.json'])).toMatchObject({ error: { kind: 'missingValue', option: '-o' }, json: 'r.json' });
  });
  it('hands everything after merge to merge, reading only --lang', () => {
    const a = parseArgs(['merge', 'a', 'b', '-o', 'x.xlsx', '--lang=en', '--whatever']);
    expect(a).toMatchObject({ command: 'merge', rest: ['a', 'b', '-o', 'x.xlsx', '--lang=en', '--whatever'], lang: 'en', error: null, output: null });
  });
});
