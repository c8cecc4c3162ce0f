/**
 * @jest-environment jsdom
 */
import { browserPreferences, hostInfo, memoryPreferences } from '../../src/preferences';

describe('preferences (src/preferences)', () => {
  beforeEach(() => localStorage.clear());

  it('default to Vietnamese and keep the language across page loads', () => {
    expect(browserPreferences().load()).toEqual({ lang: 'vi' });
    browserPreferences().save({ lang: 'en' });
    expect(browserPreferences().load()).toEqual({ lang: 'en' });
  });

  it('ignore a stored value that is not a language', () => {
    browserPreferences().save({ lang: 'fr' as 'vi' });
    expect(browserPreferences().load()).toEqual({ lang: 'vi' });
  });

  it('keep the choice for the session when storage fails', () => {
    const prefs = browserPreferences();
    const spy = jest.spyOn(Storage.prototype, 'setItem').mockImplementation(() => {
      throw new Error('QuotaExceeded');
    });
    prefs.save({ lang: 'en' });
    spy.mockRestore();
    expect(prefs.load().lang).toBe('en');
  });

  it('memory preferences start from what they are given', () => {
    const p = memoryPreferences({ lang: 'en' });
    expect(p.load().lang).toBe('en');
    p.save({ lang: 'vi' });
    expect(p.load().lang).toBe('vi');
  });

  it('reports a plain browser (no office.js) as the WEB host', () => {
    expect(hostInfo()).toEqual({ host: 'WEB', platform: null });
  });
});
