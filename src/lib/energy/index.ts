export * from './tfim';
export * from './jacobi';
export * from './ground-state';
export * from './group-variances';
export * from './shot-budget';
export * from './energy-model';
