import { ANY, NO_STREAM, STREAM_EXISTS } from '@eventstore/db-client';
import type { ExpectedVersion } from '../port/event-store.port';
import { toExpectedRevision, versionOf } from './expected-revision';

describe('expected versions as the client expects revisions', () => {
  it.each<[ExpectedVersion, unknown]>([
    ['no_stream', NO_STREAM],
    ['stream_exists', STREAM_EXISTS],
    ['any', ANY],
    [0, NO_STREAM],
    [1, 0n],
    [2, 1n],
    [250, 249n],
  ])('maps %p to %p', (expected, revision) => {
    expect(toExpectedRevision(expected)).toBe(revision);
  });

  it.each([-1, 1.5, Number.NaN])('refuses the version %p', (expected) => {
    expect(() => toExpectedRevision(expected)).toThrow(TypeError);
  });
});

describe('the stream version from the client current revision', () => {
  it.each<[Parameters<typeof versionOf>[0], number]>([
    [NO_STREAM, 0],
    [-1n, 0],
    [0n, 1],
    [1n, 2],
    [41n, 42],
  ])('reads %p as version %p', (current, version) => {
    expect(versionOf(current)).toBe(version);
  });
});
