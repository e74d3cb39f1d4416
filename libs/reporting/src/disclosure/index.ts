export * from './cell-key';
export * from './cell-key-rounding';
export * from './disclosure-rule';
export * from './victim-figures';
export * from './donor-victim-figures';
