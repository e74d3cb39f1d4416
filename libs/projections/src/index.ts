export * from './projection';
export * from './table-shape';
export * from './touched-rows';
export * from './generations';
export * from './projection-runner';
export * from './rebuild';
export * from './migrations';
export * from './projection-leases';
