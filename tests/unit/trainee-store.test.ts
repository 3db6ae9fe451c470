import { beforeEach, describe, expect, it } from 'vitest';
import { cleanTestStorage, getTestStorage, useTestStorageEngine } from '@nanostores/persistent';
import { TRAINEE_KEY, decodeTrainee, rememberTrainee, trainee } from '../../src/stores/trainee';

useTestStorageEngine();

describe('trainee name store', () => {
  beforeEach(() => {
    cleanTestStorage();
    trainee.set('');
  });

  it('keeps the name as one short line under its versioned key', () => {
    rememberTrainee('  Lena \n Berg ');
    expect(trainee.get()).toBe('Lena Berg');
    expect(getTestStorage()[TRAINEE_KEY]).toBe('Lena Berg');
  });

  it('decodes anything odd to no name, and long names to 40 characters', () => {
    expect(decodeTrainee(undefined)).toBe('');
    expect(decodeTrainee('x'.repeat(1000))).toBe('');
    expect(decodeTrainee('a'.repeat(60))).toHaveLength(40);
  });

  it('turns control and bidi-override characters into spaces and never splits an emoji', () => {
    expect(decodeTrainee('Le\u0000na\u202e\u2028Berg')).toBe('Le na Berg');
    expect(decodeTrainee(`${'a'.repeat(39)}😀`)).toBe(`${'a'.repeat(39)}😀`);
  });
});
