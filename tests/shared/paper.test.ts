import { describe, expect, it } from 'vitest';
import { paperForLocale } from '../../shared/paper';

describe('paperForLocale', () => {
  it('prints on Letter in the Americas that use it and on A4 elsewhere', () => {
    expect(paperForLocale('en-US')).toBe('Letter');
    expect(paperForLocale('fr-CA')).toBe('Letter');
    expect(paperForLocale('es-MX')).toBe('Letter');
    expect(paperForLocale('en-GB')).toBe('A4');
    expect(paperForLocale('de')).toBe('A4');
    expect(paperForLocale('pt-BR')).toBe('A4');
  });

  it('guesses the region of a bare language as Intl does, and falls back to A4 for nonsense', () => {
    expect(paperForLocale('en')).toBe('Letter');
    expect(paperForLocale('fr')).toBe('A4');
    expect(paperForLocale('not a locale!')).toBe('A4');
    expect(paperForLocale('')).toBe('A4');
  });
});
