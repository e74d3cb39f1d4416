import { randomBytes } from 'node:crypto';
import { open, seal } from './sealing';

describe('sealing', () => {
  const key = randomBytes(32);

  it('given a sealed value, opens it with the same key and AAD', () => {
    const sealed = seal(key, Buffer.from('Mpho Canary'), 'event-1:fullName');
    expect(sealed).not.toContain('Canary');
    expect(open(key, sealed, 'event-1:fullName').toString()).toBe('Mpho Canary');
  });

  it('refuses another AAD, another key, or a flipped byte', () => {
    const sealed = seal(key, Buffer.from('x'), 'event-1:fullName');
    expect(() => open(key, sealed, 'event-2:fullName')).toThrow();
    expect(() => open(randomBytes(32), sealed, 'event-1:fullName')).toThrow();
    const bytes = Buffer.from(sealed, 'base64');
    bytes[13] = bytes[13]! ^ 1;
    expect(() => open(key, bytes.toString('base64'), 'event-1:fullName')).toThrow();
  });
});
