import { proposeBloc, type ProposalInput } from '../../../src/engine/blocs/proposals';
import { DEFAULT_PARAMS } from '../../../src/engine/settings/params';

const P = { ...DEFAULT_PARAMS };
const u = (name: string, rank: number, extra: Partial<ProposalInput> = {}): ProposalInput => ({
  name,
  rank,
  classification: 'XUAT_SAC',
  vetoed: false,
  invalid: false,
  flagVote: 'none',
  meritVote: 'none',
  ...extra,
});
const summary = (r: ReturnType<typeof proposeBloc>): string[] => r.outcomes.map((o) => `${o.status}:${o.proposal ?? '-'}`);

describe('proposeBloc — flag', () => {
  it('the top unit gets the flag, the next round(20 % × (members − 1)) the merit', () => {
    const units = Array.from({ length: 11 }, (_, i) => u(`U${i}`, i + 1, { classification: i < 4 ? 'XUAT_SAC' : 'TOT' }));
    const r = proposeBloc(units, P);
    expect(r.meritLimit).toBe(2);
    expect(r.flagPlaces).toBe(1);
    expect(summary(r).slice(0, 4)).toEqual(['proposed:CO_TINH', 'proposed:BANG_KHEN', 'proposed:BANG_KHEN', 'none:-']);
  });

  it('rounding applies to the merit limit (boundary: 9 → 1.8 → 1 down, 2 nearest)', () => {
    const units = Array.from({ length: 10 }, (_, i) => u(`U${i}`, i + 1));
    expect(proposeBloc(units, P).meritLimit).toBe(1);
    expect(proposeBloc(units, { ...P, rounding: 'nearest' }).meritLimit).toBe(2);
  });

  it('skips a vetoed unit: it keeps its place in the list, gets no proposal', () => {
    const r = proposeBloc([u('A', 1, { vetoed: true }), u('B', 2), u('C', 3), u('D', 4), u('E', 5), u('F', 6)], P);
    expect(summary(r)).toEqual(['vetoed:-', 'proposed:CO_TINH', 'proposed:BANG_KHEN', 'none:-', 'none:-', 'none:-']);
  });

  it('requires the flag classification; when nobody reaches it the top unit says why', () => {
    const r = proposeBloc([u('A', 1, { classification: 'TOT' }), u('B', 2, { classification: 'TOT' })], P);
    expect(summary(r)).toEqual(['none:-', 'none:-']);
    expect(r.outcomes[0]!.notes).toEqual([{ code: 'NOTE_FLAG_CLASS_TOO_LOW', params: { classification: 'TOT', min: 'XUAT_SAC' } }]);
    expect(r.meritLimit).toBe(0);
  });

  it('a tie for the last flag place is review for every tied unit, merit places reserved for the loser', () => {
    const units = [u('A', 1), u('B', 1), u('C', 3), u('D', 4), u('E', 5), u('F', 6), u('G', 7), u('H', 8), u('I', 9), u('J', 10), u('K', 11)];
    const r = proposeBloc(units, P);
    expect(r.meritLimit).toBe(2);
    expect(summary(r).slice(0, 5)).toEqual(['review:-', 'review:-', 'proposed:BANG_KHEN', 'none:-', 'none:-']);
    expect(r.outcomes[0]!.notes).toEqual([{ code: 'NOTE_FLAG_TIE', params: { others: 'B', places: 1 } }]);
  });

  it('two flag places and two tied units: both get the flag', () => {
    const r = proposeBloc([u('A', 1), u('B', 1), u('C', 3)], { ...P, flagCount: 2 });
    expect(summary(r)).toEqual(['proposed:CO_TINH', 'proposed:CO_TINH', 'none:-']);
  });

  it('votes: below the threshold no flag (merit still possible), missing vote is review', () => {
    const units = [u('A', 1, { flagVote: 'fail' }), u('B', 2, { flagVote: 'pass' }), u('C', 3), u('D', 4), u('E', 5), u('F', 6)];
    expect(summary(proposeBloc(units, P))).toEqual(['proposed:BANG_KHEN', 'proposed:CO_TINH', 'none:-', 'none:-', 'none:-', 'none:-']);
    const missing = proposeBloc([u('A', 1, { flagVote: 'missing' }), u('B', 2, { flagVote: 'pass' })], P);
    expect(summary(missing)).toEqual(['review:-', 'none:-']);
    expect(missing.outcomes[0]!.notes[0]!.code).toBe('NOTE_VOTE_MISSING');
  });

  it('invalid scores: the unit holds its place but is review', () => {
    const r = proposeBloc([u('A', 1, { invalid: true }), u('B', 2), u('C', 3), u('D', 4), u('E', 5), u('F', 6)], P);
    expect(summary(r)).toEqual(['review:-', 'proposed:BANG_KHEN', 'none:-', 'none:-', 'none:-', 'none:-']);
  });
});

describe('proposeBloc — merit', () => {
  it('requires the merit classification', () => {
    const units = [u('A', 1), u('B', 2, { classification: 'KHA' }), u('C', 3), u('D', 4), u('E', 5), u('F', 6)];
    expect(summary(proposeBloc(units, P)).slice(0, 3)).toEqual(['proposed:CO_TINH', 'none:-', 'proposed:BANG_KHEN']);
  });
  it('a tie for the last merit place is review', () => {
    const units = [u('A', 1), u('B', 2), u('C', 2), u('D', 4), u('E', 5), u('F', 6)];
    const r = proposeBloc(units, P);
    expect(summary(r).slice(0, 4)).toEqual(['proposed:CO_TINH', 'review:-', 'review:-', 'none:-']);
    expect(r.outcomes[1]!.notes).toEqual([{ code: 'NOTE_MERIT_TIE', params: { others: 'C', places: 1 } }]);
  });
  it('a failed merit vote skips the unit', () => {
    const units = [u('A', 1), u('B', 2, { meritVote: 'fail' }), u('C', 3), u('D', 4), u('E', 5), u('F', 6)];
    expect(summary(proposeBloc(units, P)).slice(0, 3)).toEqual(['proposed:CO_TINH', 'none:-', 'proposed:BANG_KHEN']);
  });
});
