import { describe, expect, it } from 'vitest';
import { parseRoute, routeFor, routeToHash } from '../../../renderer/src/app/route';

describe('routes', () => {
  it('read the method page, with or without a section, and write it back', () => {
    expect(parseRoute('#/method')).toEqual({ view: 'method', section: null });
    expect(parseRoute('#/method/range')).toEqual({ view: 'method', section: 'range' });
    expect(routeToHash({ view: 'method', section: 'worst-hour' })).toBe('#/method/worst-hour');
    expect(routeToHash(routeFor('method'))).toBe('#/method');
  });

  it('read Settings with a section to open at, as the live folder’s notice leads there', () => {
    expect(parseRoute('#/settings')).toEqual({ view: 'settings', section: null });
    expect(parseRoute('#/settings/live-folder')).toEqual({ view: 'settings', section: 'live-folder' });
    expect(routeToHash({ view: 'settings', section: 'live-folder' })).toBe('#/settings/live-folder');
    expect(routeToHash(routeFor('settings'))).toBe('#/settings');
    expect(parseRoute('#/settings/<img>')).toEqual({ view: 'settings', section: null });
  });

  it('ignore a section that is not a plain name', () => {
    expect(parseRoute('#/method/<img>')).toEqual({ view: 'method', section: null });
    expect(parseRoute(`#/method/${'a'.repeat(41)}`)).toEqual({ view: 'method', section: null });
  });

  it('keep the other views as they were', () => {
    expect(parseRoute('#/today/2026-11-20')).toEqual({ view: 'today', date: '2026-11-20' });
    expect(routeToHash(routeFor('today'))).toBe('#/today');
    expect(routeToHash(routeFor('brief'))).toBe('#/brief');
    expect(parseRoute('#/nowhere')).toEqual({ view: 'today', date: null });
  });
});
