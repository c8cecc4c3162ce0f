import { initialState, reducer } from '../../../src/taskpane/state/reducer';

describe('pane reducer', () => {
  it('starts on the check step, idle, in the given language', () => {
    expect(initialState('en')).toMatchObject({ tab: 'check', lang: 'en', job: null, check: null, notice: null });
  });

  it('a write starts its progress at zero and a failure ends the job with the notice', () => {
    let s = reducer(initialState('vi'), { type: 'start', job: 'write' });
    expect(s.job).toBe('write');
    expect(s.progress).toEqual({ done: 0, total: 0 });
    s = reducer(s, { type: 'progress', done: 2, total: 6 });
    expect(s.progress).toEqual({ done: 2, total: 6 });
    s = reducer(s, { type: 'fail', notice: { intent: 'error', text: 'x', tab: 'write' } });
    expect(s).toMatchObject({ job: null, progress: null, notice: { text: 'x' } });
    expect(reducer(s, { type: 'dismiss' }).notice).toBeNull();
  });

  it('starting a job clears the previous notice', () => {
    const s = reducer({ ...initialState('vi'), notice: { intent: 'success', text: 'ok', tab: 'check' } }, { type: 'start', job: 'check' });
    expect(s.notice).toBeNull();
  });
});
