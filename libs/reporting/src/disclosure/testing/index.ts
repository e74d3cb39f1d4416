export * from './attack-outcome';
export * from './differencing-attacker';
export * from './donor-observations';
export * from './linear-attacker';
export * from './random-history';
export * from './readings';
export * from './single-cell-suppression';
export * from './views';
