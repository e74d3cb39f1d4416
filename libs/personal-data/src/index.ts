export * from './data-key-wrapping';
export * from './sealing';
